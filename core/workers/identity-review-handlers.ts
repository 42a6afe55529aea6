import type { identityReviewChannels } from '../api/channels/identity-review.ts';
import type { HandlersOf } from '../handler-types.ts';
import { listIdentityReviews, resolveIdentityReview } from './identity-review-service.ts';

export const identityReviewHandlers: HandlersOf<typeof identityReviewChannels> = {
  'workers.identityReviews': (ctx, input) => listIdentityReviews(ctx, input.show, input.page),
  'workers.resolveIdentityReview': (ctx, input) => resolveIdentityReview(ctx, input),
};
