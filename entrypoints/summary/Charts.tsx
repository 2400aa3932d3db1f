/** The week's figures, in the order a person asks about them. */
import type { WeekSummary } from '../../src/summary/index';
import { Consistency } from './charts/Consistency';
import { ConversationShare } from './charts/ConversationShare';
import { FlaggedPhrases } from './charts/FlaggedPhrases';
import { Heatmap } from './charts/Heatmap';
import { PostsPerDay } from './charts/PostsPerDay';
import { PromoShare } from './charts/PromoShare';
import { RepeatedPromotions } from './charts/RepeatedPromotions';
import { TimeSpent } from './charts/TimeSpent';
import { Warnings } from './charts/Warnings';

export function Charts({ summary }: { summary: WeekSummary }) {
  return (
    <div className="charts">
      <PostsPerDay summary={summary} />
      <PromoShare summary={summary} />
      <Consistency summary={summary} />
      <ConversationShare summary={summary} />
      <RepeatedPromotions summary={summary} />
      <FlaggedPhrases summary={summary} />
      <TimeSpent summary={summary} />
      <Warnings summary={summary} />
      <Heatmap summary={summary} />
    </div>
  );
}
