'use server';

import { ok } from '@/lib/action-result';
import { AppError } from '@/lib/app-error';
import { MAX_MEDIA_BYTES, megabytes } from '@/lib/media/sniff';
import { authedAction } from '../entry/actions';
import { storeMedia, type StoredMedia } from './store';

/**
 * Uploads an exhibit image from the question editor (moderators): the form's `file`, checked by
 * its bytes (PNG, JPEG, WebP, GIF; at most 2 MB), stored by content hash. The editor then keeps
 * the hash in the exhibit; the version is written only when the question is saved.
 */
export const uploadMediaAction = authedAction<StoredMedia>(
  { name: 'media.upload', access: 'moderator' },
  async ({ user, formData, ctx }) => {
    const file = formData?.get('file');
    if (!(file instanceof Blob) || file.size === 0)
      throw new AppError('invalid_input', 'Choose an image file.');
    if (file.size > MAX_MEDIA_BYTES)
      throw new AppError('too_large', `The image is ${megabytes(file.size)}; the limit is 2 MB.`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    return ok(await storeMedia(user, bytes, ctx));
  },
);
