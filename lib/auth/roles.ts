/** The three roles, lowest first. Moderators curate question banks; admins also manage users. */
export const USER_ROLES = ['learner', 'moderator', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];
