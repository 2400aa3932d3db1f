/** Conversation: replies and comments against broadcast posts. */
import { percentLabel, type WeekSummary } from '../../../src/summary/index';
import { Figure } from './Figure';
import { plural } from './platforms';

const W = 300;

export function ConversationShare({ summary }: { summary: WeekSummary }) {
  const { post, reply, comment } = summary.posts.byKind;
  const answers = reply + comment;
  const total = summary.posts.total;
  const answerWidth = total ? (answers / total) * W : 0;
  const description = `${plural(answers, 'reply or comment', 'replies and comments')} against ${plural(post, 'post')}: ${percentLabel(summary.conversationShare)} of what you published answered someone.`;
  return (
    <Figure
      id="conversation"
      title="Conversation"
      description={description}
      table={{ head: ['Kind', 'Items'], rows: [['Posts', post], ['Replies', reply], ['Comments', comment]] }}
    >
      <p className="big-figure">
        <strong>{percentLabel(summary.conversationShare)}</strong> replies and comments
      </p>
      <svg className="meter" viewBox={`0 0 ${W} 22`} preserveAspectRatio="none" role="img" aria-label={`${answers} replies and comments, ${post} posts`}>
        <rect className="c-broadcast" x="0" y="4" width={W} height="14" rx="3" />
        <rect className="c-talk" x="0" y="4" width={answerWidth} height="14" rx="3" />
      </svg>
      <ul className="legend" aria-hidden="true">
        <li>
          <span className="swatch c-talk" /> replies and comments ({answers})
        </li>
        <li>
          <span className="swatch c-broadcast" /> posts ({post})
        </li>
      </ul>
    </Figure>
  );
}
