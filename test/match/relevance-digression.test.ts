import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// A long feature with a short digression into the local economy is still about the topic; an article that is
// look-alike vocabulary throughout is not. "Arrived" is a movement in English as "прибыли" is in Russian.
// Text written for this test.

const feature = [
  'Notes from a frontier village on the Pripyat',
  'The ferry across the river stopped running two years ago, and the village has grown quieter every month since.',
  'Most of the young people have left for Kyiv or Lviv, and the school has eleven pupils.',
  'Mykola, who keeps bees, says the summer was dry and the honey thin.',
  'The local economy has never recovered from the closure of the sawmill, and grain prices collapsed this year.',
  'A farmer who still grows potatoes sells them from a cart by the church; the harvest was poor.',
  'Exports of timber to Poland, once the mainstay of the economy here, have stopped.',
  'Soldiers of a Ukrainian territorial defence company live in the old clubhouse.',
  'Their commander, a former teacher, keeps a notebook of everything seen across the water.',
  '"In the second half of August about 3,000 Belarusian soldiers arrived at the border opposite us," he said.',
  '"That is a lot more than the 1,100 the opposition paper wrote about."',
  'He showed photographs of new tents in a pine wood and of trucks parked along a forest road.',
  'At night the men listen to the radio and play cards.',
  'The nearest shop is seven kilometres away, and the bus comes twice a week.',
  'An old woman brings them pancakes on Sundays and asks about her grandson in the army.',
  'Nobody here expects anything to happen soon, but nobody is sure.',
  'The commander’s notebook is sent to brigade headquarters every Friday.',
  'In October the river will rise again and the causeway will be under water.',
  'Until then the men dig, watch and wait.',
  'The priest says the church roof needs repair before winter.',
  'Somebody has painted the fence of the cemetery blue.',
  'On my last morning the fog lay on the water until noon.',
  'The road out of the village is sand for the first three kilometres.',
  'A heron stood in the shallows by the broken jetty.',
  'Children fish from the bridge after school.',
  'The post office opens on Tuesdays and Thursdays.',
  'Mykola’s wife grows tomatoes in a greenhouse made of old windows.',
  'The well in the square was dug in the nineteen-fifties.',
  'A dog follows the soldiers on their rounds.',
  'The clubhouse still has a piano nobody can tune.',
  'Electricity fails for an hour most evenings.',
  'The doctor comes from the district town once a month.',
  'Firewood is stacked against every house by September.',
  'In the evenings the older women sit on a bench by the gate.',
  'The cemetery is on a low hill above the flood line.',
  'A stork’s nest sits on the water tower.',
  'The soldiers bought a second-hand boat in spring.',
  'Rain came on the fourth day and turned the paths to mud.',
  'The village council meets in the library.',
  'A mobile phone signal reaches only the top of the hill.',
  'Some families still keep a cow.',
  'The last bus back to the town leaves at four.',
  'A new grain price list was pinned to the shop door.',
  'Swallows nest under the eaves of the clubhouse.',
  'The ferryman’s house stands empty, its windows boarded.',
  'A radio plays folk songs in the kitchen all day.',
  'The chapel bell was recast in 2011.',
  'Beavers have dammed the ditch behind the school.',
  'The head of the village keeps the only tractor that works.',
  'Letters still arrive addressed to people who left years ago.',
  'A cat sleeps on the warm bonnet of the patrol car.',
  'Mushroom pickers come from the town on weekends.',
].join('\n\n');

describe('relevance: a digression is not a look-alike article', () => {
  it('a long feature with a few economy sentences is about the topic', () => {
    const v = check(feature);
    expect(v.relevance.relevant).toBe(true);
    expect(claim(v, '1100-troops-30-miles').stance).toBe('contradicts');
  });

  it('a harvest report that borrows the vocabulary throughout is not', () => {
    const v = check(
      [
        'Combines roll toward the fields near Gomel as the harvest campaign enters its final week',
        'Lukashenko ordered the regional governors to mobilise every combine for the harvest campaign.',
        'Grain prices rose and the economy ministry promised more fuel for the farms near Gomel.',
        'Farm brigades were moved from Mogilev to help with the harvest near the border.',
        'The harvest in the Gomel region is behind plan, and the regional economy depends on it.',
      ].join('\n\n'),
    );
    expect(v.relevance.relevant).toBe(false);
  });
});
