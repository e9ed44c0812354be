import type { MeetingType } from './types.ts';

// Words that signal a meeting, by lemma, with the kind of meeting they name.
export const MEETING_NOUNS: ReadonlyMap<string, MeetingType> = new Map([
  ['встреча', 'meeting'], ['переговоры', 'talks'], ['переговор', 'talks'], ['саммит', 'summit'], ['консультация', 'consultations'],
  ['беседа', 'talks'], ['заседание', 'council'], ['совещание', 'council'], ['визит', 'visit'], ['раунд', 'talks'], ['контакт', 'meeting'],
  ['разговор', 'phone_call'], ['общение', 'meeting'],
]);
export const MEETING_VERBS: ReadonlyMap<string, MeetingType> = new Map([
  ['встретиться', 'meeting'], ['встречаться', 'meeting'], ['переговорить', 'talks'], ['поговорить', 'talks'], ['созвониться', 'phone_call'],
  ['посетить', 'visit'], ['пересечься', 'meeting'],
]);

// Status of a meeting from the words around it.
export const PLANNED = new Set([
  'планировать', 'рассчитывать', 'готовиться', 'предстоящий', 'намереваться', 'собираться', 'хотеть', 'договориться', 'условиться',
  'предложить', 'готовый', 'ожидаться', 'предполагаться', 'запланировать', 'намечать', 'наметить', 'мочь', 'предстоять', 'подготовка',
  'готовить', 'план', 'стремление', 'готовность', 'способный', 'намерение', 'возможность',
]);
/** Words that make a meeting one still to come: "новая встреча", "следующий раунд", "продолжение контактов". */
export const UPCOMING = new Set(['новый', 'следующий', 'очередной', 'ещё', 'еще', 'другой', 'продолжение']);
/** Verbs that report a meeting as held: with them, "очередной раунд прошел" is held. */
export const HELD_VERBS = new Set(['состояться', 'пройти', 'проходить', 'завершиться', 'провести', 'встретиться', 'обсудить']);
/** Verbs saying a meeting takes place: negated, the meeting is cancelled ("не состоится"), not unsought. */
export const TAKES_PLACE = new Set(['состояться', 'пройти', 'проходить', 'встретиться']);
export const CANCELLED = new Set(['отменить', 'отменять', 'отложить', 'откладывать', 'сорвать', 'срываться', 'отказаться']);

// Claims: what proposing and rejecting look like.
export const PROPOSE_VERBS = new Set([
  'предложить', 'предлагать', 'направить', 'выдвинуть', 'внести', 'вносить', 'призвать', 'призывать', 'настаивать', 'попросить',
  'просить', 'передать', 'представить', 'опубликовать', 'показать',
]);
export const REJECT_VERBS = new Set(['отклонить', 'отклонять', 'отвергнуть', 'отвергать', 'отказаться', 'отказываться']);
/** Rejections that are a negated verb: "не принял", "не согласилась". */
export const NEGATED_REJECT_VERBS = new Set(['принять', 'принимать', 'согласиться', 'соглашаться', 'поддержать']);

/** A sentence that says what would happen, not what did. */
export const CONDITIONAL = new Set(['если', 'ежели', 'якобы', 'бы']);
export const NEGATION = new Set(['не', 'ни', 'нет', 'никакой', 'никогда']);
/** Words pointing back to something said before: "это предложение", "эту идею", "такие требования". */
export const DEMONSTRATIVES = new Set([
  'это', 'эти', 'этот', 'эту', 'этого', 'этих', 'этой', 'такое', 'такие', 'такую', 'такого', 'таких', 'такой', 'данное', 'данную', 'данного',
  'данных', 'данный', 'подобное', 'подобные', 'подобную',
]);
/** "опроверг сообщения о встрече": what follows a denial did not happen. */
export const DENIAL = new Set(['опровергнуть', 'опровергать', 'отрицать', 'опровержение', 'дезавуировать']);
/** "Накануне визита": a meeting named only to say when something else happened. */
export const TIME_BEFORE = new Set(['накануне', 'перед', 'в преддверии', 'по итогам', 'после', 'до', 'в ходе']);

/** Words naming an office: the state or ministry after them qualifies a person, it does not take part itself. */
export const ROLE_WORDS = new Set([
  'госсекретарь', 'глава', 'министр', 'посол', 'президент', 'генсек', 'премьер', 'премьер-министр', 'постпред', 'замглавы', 'руководитель',
  'замминистра', 'заместитель', 'канцлер', 'лидер', 'председатель', 'представитель', 'пресс-секретарь', 'советник', 'помощник',
  'член', 'цк', 'делегация',
]);

/** Verbs that introduce who said something; their subject is a speaker, not an actor. */
export const SPEECH = new Set([
  'сообщать', 'сообщить', 'передавать', 'приводить', 'заявить', 'заявлять', 'сказать', 'отметить', 'отмечать', 'подчеркнуть',
  'подчеркивать', 'добавить', 'пояснить', 'уточнить', 'говорить', 'констатировать', 'пообещать', 'указывать', 'указать', 'считать',
]);

/** Prepositions of place: a state or city after them is where, not who. */
export const LOCATIVE: ReadonlySet<string> = new Set(['в', 'во', 'на']);
