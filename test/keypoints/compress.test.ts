import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compressSentence, dropAppositions, dropColonLeadIn, dropDashAsides, dropDateline, dropParentheticals, dropParticles, dropRelativeClauses, dropTrailingAttribution } from '../../src/keypoints/compress.js';
import { isDeletionOnly } from '../../src/keypoints/faithful.js';

test('parentheticals go; a sentence that would become too short stays', () => {
  assert.equal(dropParentheticals('Die US-Denkfabrik ISW (Institute for the Study of War) hatte kürzlich berichtet.'), 'Die US-Denkfabrik ISW hatte kürzlich berichtet.');
  assert.equal(dropParentheticals('Anna Meier (37) erwartet ihr erstes Kind.'), 'Anna Meier erwartet ihr erstes Kind.');
  assert.equal(dropParentheticals('Er kam (nicht) heim.'), 'Er kam (nicht) heim.');
});

test('trailing attributions: fact verbs always, say verbs only with Konjunktiv I (German)', () => {
  assert.equal(dropTrailingAttribution('Der Mann wurde verhaftet, teilte die Polizei mit.', 'de'), 'Der Mann wurde verhaftet.');
  assert.equal(dropTrailingAttribution('Der Antrag wurde abgewiesen, wie das Bezirksgericht am Dienstag mitteilte.', 'de'), 'Der Antrag wurde abgewiesen.');
  assert.equal(dropTrailingAttribution('Ab Montag verkauft der Laden Velos, wie es in einer Medienmitteilung heisst.', 'de'), 'Ab Montag verkauft der Laden Velos.');
  assert.equal(dropTrailingAttribution('Es gehe nicht mehr nur um Waffenlieferungen, sagte er.', 'de'), 'Es gehe nicht mehr nur um Waffenlieferungen.');
  // indicative + "sagte": dropping would turn an opinion into a fact
  assert.equal(dropTrailingAttribution('Es geht nicht mehr nur um Waffenlieferungen, sagte er.', 'de'), 'Es geht nicht mehr nur um Waffenlieferungen, sagte er.');
  // not attributions at all
  assert.equal(dropTrailingAttribution('Ein offizielles Statement, ob sie teilnimmt, gibt es noch nicht.', 'de'), 'Ein offizielles Statement, ob sie teilnimmt, gibt es noch nicht.');
  assert.equal(dropTrailingAttribution('Es ist unklar, wie viele Menschen berichten.', 'de'), 'Es ist unklar, wie viele Menschen berichten.');
  assert.equal(dropTrailingAttribution('The bridge was closed on Monday, police said.', 'en'), 'The bridge was closed on Monday, police said.');
  assert.equal(dropTrailingAttribution('The bridge was closed on Monday, the ministry announced.', 'en'), 'The bridge was closed on Monday.');
  assert.equal(dropTrailingAttribution('Le pont a été fermé lundi, a annoncé la police.', 'fr'), 'Le pont a été fermé lundi.');
  assert.equal(dropTrailingAttribution('Il ponte è stato chiuso lunedì, ha comunicato la polizia.', 'it'), 'Il ponte è stato chiuso lunedì.');
});

test('appositions after names (German needs a two-word name)', () => {
  assert.equal(
    dropAppositions('Am Samstag wurde Peter Huber, der Bruder der Stadträtin, von einem Leser in Olten gesehen.', 'de'),
    'Am Samstag wurde Peter Huber von einem Leser in Olten gesehen.',
  );
  // a common noun: the relative clause may be restrictive, keep it
  assert.equal(dropAppositions('Der Vertrag, der im Juli unterzeichnet wurde, gilt ab sofort.', 'de'), 'Der Vertrag, der im Juli unterzeichnet wurde, gilt ab sofort.');
  // a list, not an apposition
  assert.equal(dropAppositions('Es kamen Anna Meier, die Nachbarin, und Peter Huber.', 'de'), 'Es kamen Anna Meier, die Nachbarin, und Peter Huber.');
  assert.equal(dropAppositions('Yesterday Joe Biden, the former president, visited the city of Boston.', 'en'), 'Yesterday Joe Biden visited the city of Boston.');
});

test('dash asides and trailing dash appendices', () => {
  assert.equal(dropDashAsides('Nordkorea stimmte gegen die Resolution – neben Belarus, Nicaragua und Syrien.'), 'Nordkorea stimmte gegen die Resolution.');
  assert.equal(dropDashAsides('Am 27. Januar finden – einem der wichtigsten Tage – die Feiern statt.'), 'Am 27. Januar finden die Feiern statt.');
  // a spaced hyphen is a dash too: the pair closes around the aside
  assert.equal(dropDashAsides('Obwohl die Läufer in drei Sparten - dem Sprint, der Staffel und dem Hürdenlauf – Medaillen holen, fehlt das Geld.', 'de'),
    'Obwohl die Läufer in drei Sparten Medaillen holen, fehlt das Geld.');
  // the main clause of "Obwohl …" is still to come: no trailing cut
  const sub = 'Obwohl die Läufer in ihren Sparten – Sprint und Staffel – Medaillen holen und oft gewinnen, fehlt das Geld.';
  assert.equal(dropDashAsides('Obwohl die Läufer in ihren Sparten Medaillen holen – und oft gewinnen, fehlt das Geld.', 'de'), 'Obwohl die Läufer in ihren Sparten Medaillen holen – und oft gewinnen, fehlt das Geld.');
  assert.ok(isDeletionOnly(dropDashAsides(sub, 'de'), sub));
  // a range between numbers is not a dash
  assert.equal(dropDashAsides('Er spielte in den Jahren 2010 - 2012 für den FC Thun.', 'de'), 'Er spielte in den Jahren 2010 - 2012 für den FC Thun.');
  assert.equal(dropDashAsides('Er spielte in den Jahren 2010 – 2012 für den FC Thun.', 'de'), 'Er spielte in den Jahren 2010 – 2012 für den FC Thun.');
});

test('discourse particles inside the sentence, never the first word', () => {
  assert.equal(dropParticles('Der Zoo sucht nämlich einen neuen Tierpfleger.', 'de'), 'Der Zoo sucht einen neuen Tierpfleger.');
  assert.equal(dropParticles('Allerdings ist das Haus alt und teuer.', 'de'), 'Allerdings ist das Haus alt und teuer.');
  assert.equal(dropParticles('The house, however, is old and far away.', 'en'), 'The house is old and far away.');
});

test('datelines and agency tags before the first word', () => {
  assert.equal(dropDateline('(Reuters) — The attorney general is investigating the company.'), 'The attorney general is investigating the company.');
  assert.equal(dropDateline('BERLIN (dpa) – Die Regierung hat beschlossen, die Steuern zu senken.'), 'Die Regierung hat beschlossen, die Steuern zu senken.');
  assert.equal(dropDateline('Die Regierung – so heisst es – hat beschlossen.'), 'Die Regierung – so heisst es – hat beschlossen.');
  assert.equal(dropDateline('US-Präsident Biden hat entschieden zu reisen.'), 'US-Präsident Biden hat entschieden zu reisen.');
});

test('compressSentence: appositions and dashes only above the target length; unsupported language untouched', () => {
  const short = 'Peter Huber, der Bruder der Stadträtin, kam nach Olten.';
  assert.equal(compressSentence(short, 'de').text, short);
  const long = 'Am Samstagnachmittag wurde Peter Huber, der Bruder der Stadträtin, von einem aufmerksamen Leser in Olten an der Aare gesehen, angeblich mit seinen Kindern.';
  const r = compressSentence(long, 'de');
  assert.ok(r.steps.includes('apposition'), JSON.stringify(r));
  assert.equal(compressSentence('Los bomberos (doce) rescataron a doce personas, dijo la policía.', null).text, 'Los bomberos (doce) rescataron a doce personas, dijo la policía.');
});

test('every compression is a deletion of its source', () => {
  const sentences = [
    'Auch drei nordkoreanische Soldaten seien bei dem Angriff vom 3. Oktober verletzt worden, meldet die Zeitung "Ukrajinska Prawda" unter Berufung auf Geheimdienstquellen.',
    'Die US-Denkfabrik ISW (Institute for the Study of War) hatte kürzlich berichtet, dass mehrere Tausend Soldaten eingetroffen seien.',
    'Nordkorea war eines der wenigen Länder, das gegen eine UNO-Resolution stimmte, welche die Aggression verurteilte – neben Belarus, Nicaragua und Syrien.',
    'Am Samstagnachmittag wurde nämlich Peter Huber (37), der Bruder der Stadträtin, von einem Leser in Olten gesehen – angeblich mit seinen Kindern.',
  ];
  for (const s of sentences) {
    const r = compressSentence(s, 'de');
    assert.ok(isDeletionOnly(r.text, s), `${r.text} ⊄ ${s}`);
  }
});

test('isDeletionOnly rejects insertions, substitutions and reordering', () => {
  const src = 'Nun sind sechs Offiziere bei einem Angriff getötet worden.';
  assert.ok(isDeletionOnly('Nun sind sechs Offiziere getötet worden.', src));
  assert.ok(!isDeletionOnly('Nun sind sieben Offiziere getötet worden.', src));
  assert.ok(!isDeletionOnly('Sechs Offiziere sind getötet worden.', src));
  assert.ok(!isDeletionOnly('Nun sind sechs Offiziere nicht getötet worden.', src));
  assert.ok(!isDeletionOnly('Nun sind sechs Offiziere getötet worden!', src));
  assert.ok(!isDeletionOnly('', src));
});

test('colon lead-ins go before a standalone sentence, never after a frame of belief or saying', () => {
  assert.equal(dropColonLeadIn('Das will die Stadt nun ändern: Ab Montag fahren die Busse in Thun gratis.', 'de'), 'Ab Montag fahren die Busse in Thun gratis.');
  assert.equal(dropColonLeadIn('Lange war es nur ein Gerücht, jetzt ist es klar: Die Bahn baut den Tunnel nicht.', 'de'), 'Die Bahn baut den Tunnel nicht.');
  // belief, demand, saying: the lead-in keeps the claim's status
  for (const s of ['Die Polizei vermutet: Der Täter ist ins Ausland geflohen.', 'Der Verband fordert: Die Löhne müssen steigen.', 'Der Trainer sagte: Die Mannschaft ist müde.']) {
    assert.equal(dropColonLeadIn(s, 'de'), s);
  }
  // … unless German Konjunktiv I keeps the report marked
  assert.equal(dropColonLeadIn('Der Trainer sagte: Die Mannschaft sei müde und brauche eine Pause.', 'de'), 'Die Mannschaft sei müde und brauche eine Pause.');
  // a sentence pointing back, a lower-case continuation, a too-short tail, a quote: whole
  for (const s of ['Der Gemeinderat muss sparen: Sein Budget wurde zweimal abgelehnt.', 'Er hatte ein Ziel: die Meisterschaft im Frühling.',
    'Die Lösung: Ein Bus.', 'Sie schrieb «Wir kommen»: Die Gäste trafen am Abend ein.']) {
    assert.equal(dropColonLeadIn(s, 'de'), s);
  }
  assert.equal(dropColonLeadIn('The council has decided: The buses will run for free from Monday.', 'en'), 'The buses will run for free from Monday.');
  assert.equal(dropColonLeadIn('The police suspect: The driver fled across the border.', 'en'), 'The police suspect: The driver fled across the border.');
  assert.equal(dropColonLeadIn('La ville a tranché: Les bus seront gratuits dès lundi à Genève.', 'fr'), 'Les bus seront gratuits dès lundi à Genève.');
  assert.equal(dropColonLeadIn('Il comune ha deciso: Gli autobus saranno gratuiti da lunedì.', 'it'), 'Gli autobus saranno gratuiti da lunedì.');
});

test('German relative clauses inside the sentence go; restrictive ones after quantifiers and clause-final ones stay', () => {
  assert.equal(dropRelativeClauses('Sein Gesuch um Entlassung aus der Anstalt, wo er seit 2015 eine Strafe verbüsst, wurde abgelehnt.', 'de'),
    'Sein Gesuch um Entlassung aus der Anstalt wurde abgelehnt.');
  assert.equal(dropRelativeClauses('Der neue Tunnel, mit dem die Fahrzeit sinken soll, wird im Mai eröffnet.', 'de'), 'Der neue Tunnel wird im Mai eröffnet.');
  for (const s of [
    'Alle Schüler, die krank waren, blieben am Montag zu Hause.',
    'Die Polizei fand einen Mann, der das Velo gestohlen haben soll.',
    'Der Bus, der Zug und das Tram fahren am Sonntag nicht.',
    'Die Firma, die «Nein» sagte, bekam den Auftrag trotzdem.',
  ]) assert.equal(dropRelativeClauses(s, 'de'), s);
  const en = 'The tunnel, which took ten years to build, opens in May.';
  assert.equal(dropRelativeClauses(en, 'en'), en);
  const long = 'Der Antrag des Mannes auf Entlassung aus dem Gefängnis, in dem er seit dem Jahr 2015 eine lange Strafe verbüsst, wurde am Dienstag vom Gericht abgelehnt.';
  const r = compressSentence(long, 'de');
  assert.ok(r.steps.includes('relative-clause'), JSON.stringify(r));
  assert.ok(isDeletionOnly(r.text, long));
});
