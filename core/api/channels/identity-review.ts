import { read, write } from '../channel.ts';
import { identityReviewListInput, resolveIdentityReviewInput, type IdentityReviewItem, type IdentityReviewList } from '../identity-review.ts';

// The worker register's identity review (rows of imported lists held for a reviewer).

export const identityReviewChannels = {
  'workers.identityReviews': read(identityReviewListInput, 'records.read')<IdentityReviewList>(),
  'workers.resolveIdentityReview': write(resolveIdentityReviewInput, 'records.write')<IdentityReviewItem>(),
} as const;
