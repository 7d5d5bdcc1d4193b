/**
 * The bare stack drawing the app's question page: the app's stylesheets, its header, menu and footer,
 * and five of its real questions with their options, hints and "why" fold, in its markup. Everything
 * else is the bare stack (main.tsx): the same machine, the same tap. `npm run bench` measures it as
 * "bare stack, app's page": the cost of the page itself, apart from the app's own logic (issue 17).
 */
import '../../../src/ui/styles.css';
import '../../../src/ui/languages.css';
import questions from '../../../src/content/generated/questions.nl';
import { QUESTION_IDS, mount } from './main';
import { APP_PAGE_IDS as ids } from './app-page-ids';

mount({ ids, questions: Object.fromEntries(ids.map((id) => [id, { options: {}, ...questions[id]! }])) });
export { QUESTION_IDS };
