// A filled mediation prep for the demo's open Nordlicht / Northgate crisis, in the demo's language, for
// the talk sheet tests and for rendering the sheet to look at.
import type { PrepUpdateInput } from '../../src/contract/mediation.ts';
import type { Dispatcher } from '../../src/services/index.ts';
import { expectOk } from '../support/temp-ledger.ts';
import { clientId } from './support.ts';

/** Markup that must reach the page as these characters, never as formatting. */
export const MARKUP = '<b>x</b> & <script>';

export async function nordlichtCrisis(d: Dispatcher) {
  const id = await clientId(d, /Nordlicht|Northgate/);
  const open = expectOk(await d.call('events:list', { clientId: id, kinds: ['crisis'], status: 'open' }));
  const crisis = open.items[0];
  if (!crisis) throw new Error('the demo has no open Nordlicht crisis');
  return { clientId: id, crisis };
}

/** Create the prep for the open crisis and fill every part the sheet shows. Returns the prep's id. */
export async function fillNordlichtPrep(d: Dispatcher, lang: 'de' | 'en'): Promise<number> {
  const { clientId: cid, crisis } = await nordlichtCrisis(d);
  const prep = expectOk(await d.call('mediation:create', { eventId: crisis.id }));
  const contacts = expectOk(await d.call('contacts:list', { clientId: cid }));
  const de = lang === 'de';
  const sections = {
    diagnosis: { answers: { positions_harden: 'yes', polemic_debate: 'yes', actions_replace_talk: 'yes', images_and_coalitions: 'yes', public_loss_of_face: 'yes', threats_ultimatums: 'yes', deliberate_damage: 'no', attacks_on_core: 'no', going_down_together: 'no' } },
    conversations: de
      ? {
          myStory: 'Wir haben den Geschäftsbericht pünktlich geliefert; die Verzögerung lag an drei Freigaberunden.',
          theirStory: 'Frau Dr. Weiß erlebt uns als teuer und träge, seit die Texte an eine andere Agentur gingen.',
          thirdStory: 'Zwei Teams unter Budgetdruck, die ihre Erwartungen nie ausgesprochen haben.',
          intent: 'Qualität sichern, nichts halb Fertiges zeigen.',
          impact: 'Es wirkte wie Hinhalten; der Vorstand fühlte sich übergangen.',
          contribution: 'Wir haben zweimal spät geantwortet und die Gründe nicht erklärt.',
          ourFeelings: 'Besorgt, gekränkt, etwas müde.',
          theirFeelings: ['irritated', 'disappointed'],
          identityUs: 'Als verlässlicher Partner gesehen werden.',
          identityThem: 'Vor dem Vorstand die Kosten im Griff haben.',
        }
      : {
          myStory: 'We delivered the annual report on time; the delay came from three rounds of sign-off.',
          theirStory: 'Dr Weiss sees us as expensive and slow since the copy went to another agency.',
          thirdStory: 'Two teams under budget pressure who never said what they expected.',
          intent: 'Protect quality, show nothing half-done.',
          impact: 'It felt like stalling; the board felt passed over.',
          contribution: 'We answered late twice and did not explain why.',
          ourFeelings: 'Worried, hurt, a little tired.',
          theirFeelings: ['irritated', 'disappointed'],
          identityUs: 'Being seen as a reliable partner.',
          identityThem: 'Being in control of costs in front of the board.',
        },
    interests: de
      ? {
          ourPosition: 'Den Rahmenvertrag zu den bisherigen Konditionen halten.', ourInterests: 'Planbare Arbeit, ein Team, das bleiben kann.',
          theirPosition: '20 % weniger Budget, sonst Ausschreibung.', theirInterests: 'Dem Vorstand Einsparungen zeigen, ohne Qualität zu verlieren.',
          options: ['Quartalsweise Überprüfung des Umfangs', 'Erfolgsbonus statt Pauschale'], criteria: ['Marktübliche Tagessätze (GPRA-Studie)'],
          ourBatna: 'Zwei Neukunden in der Pipeline.', theirBatna: 'Ausschreibung, mindestens sechs Monate Übergang.',
          tkIntended: 'collaborating', tkExpected: 'competing',
        }
      : {
          ourPosition: 'Keep the retainer on the current terms.', ourInterests: 'Plannable work, a team that can stay.',
          theirPosition: '20 % less budget, or a tender.', theirInterests: 'Show the board savings without losing quality.',
          options: ['Quarterly scope review', 'Performance bonus instead of a flat fee'], criteria: ['Market day rates (PRCA census)'],
          ourBatna: 'Two new clients in the pipeline.', theirBatna: 'A tender, at least six months of transition.',
          tkIntended: 'collaborating', tkExpected: 'competing',
        },
    speaking: de
      ? {
          statements: [
            { observation: 'Als die zweite Fassung zwei Tage nach dem vereinbarten Termin kam,', feeling: 'war ich besorgt,', need: 'weil wir gemeinsam planen können müssen.', request: 'Wären Sie bereit, feste Termine für die nächsten drei Fassungen zu vereinbaren?' },
            { observation: `Im Protokoll stand ${MARKUP},`, feeling: 'das hat mich verunsichert,', need: 'ich brauche Klarheit über den Umfang.', request: 'Können wir ihn heute gemeinsam festhalten?' },
          ],
          opening: 'Danke, dass Sie sich die Zeit nehmen. Wir möchten verstehen, wie die letzten Wochen aus Ihrer Sicht aussahen.',
          questions: ['Wie sähe ein gutes Jahr mit uns für Sie aus?', 'Was müsste sich ändern, damit Sie uns wieder vertrauen?', 'Wer im Vorstand muss überzeugt werden – und wovon?'],
          offers: ['Ein wöchentliches Statusgespräch bis zum Launch', 'Ein fester Ansprechpartner für den Vorstand'],
          success: 'Ein Termin für den nächsten Lenkungskreis und keine Kündigung auf dem Tisch.',
        }
      : {
          statements: [
            { observation: 'When the second draft arrived two days after the agreed date,', feeling: 'I was worried,', need: 'because we need to be able to plan together.', request: 'Would you be willing to agree on fixed dates for the next three drafts?' },
            { observation: `The minutes said ${MARKUP},`, feeling: 'which unsettled me,', need: 'I need clarity about the scope.', request: 'Could we write it down together today?' },
          ],
          opening: 'Thank you for taking the time. We would like to understand how the last weeks looked from your side.',
          questions: ['What would a good year with us look like for you?', 'What would have to change for you to trust us again?', 'Who on the board needs convincing – and of what?'],
          offers: ['A weekly status call until the launch', 'One fixed contact for the board'],
          success: 'A date for the next steering meeting, and no notice on the table.',
        },
    logistics: {
      ourPeople: de ? 'Miriam Okafor (Kundenberatung), Jonas Weidner (Projekt)' : 'Priya Natarajan (account lead), Tom Ashby (project)',
      participantIds: contacts.slice(0, 2).map((c) => c.id),
      thirdParty: de ? 'Dr. Anna Groß, Mediatorin (IHK) – hat zugesagt' : 'Dr Anna Gross, mediator (CEDR) – has agreed',
      date: '2026-11-30',
      place: de ? 'Bei Nordlicht in Lübeck, Raum „Förde“' : 'At Northgate in Manchester, room “Irwell”',
    },
  } satisfies PrepUpdateInput['sections'];
  expectOk(await d.call('mediation:update', { id: prep.id, sections }));
  return prep.id;
}
