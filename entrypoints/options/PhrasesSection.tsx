/** Own phrases (added to PostLint's lists) and allowed phrases (never counted). */
import { AllowedPhrases } from './AllowedPhrases';
import { CustomPhrases } from './CustomPhrases';

export function PhrasesSection() {
  return (
    <section id="phrases" aria-labelledby="phrases-title">
      <h2 id="phrases-title">Phrases</h2>
      <CustomPhrases />
      <AllowedPhrases />
    </section>
  );
}
