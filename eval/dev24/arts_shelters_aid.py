"""dev24 texts: shelters, aid, civilians and combatants.

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (see build.py and
eval/figset/marks.py). The texts are registered with F as the module is imported, so the
import order in build.py is the set's order.
"""

from figset import F

# ---------------------------------------------------------------- shelters, aid, civilians, combatants

F(
    "Gaza: UNRWA shelters over capacity",
    "UNRWA said [[more than 1 million people|displaced;a=UNRWA]] were sheltering in or near [[154 of its facilities|capacity;n=facilities;a=UNRWA]], which were built to hold [[about 300,000|capacity;a=UNRWA]]. "
    "In Rafah, there is {{one shower for every 4,500 people}}.",
)

F(
    "Ukraine: Pokrovsk evacuation ordered",
    "With Russian troops closing in, [[about 2,000 children|displaced;p;a=Donetsk governor Vadym Filashkin]] and their families must leave Pokrovsk and the villages around it, Donetsk governor Vadym Filashkin said on Monday. "
    "He said [[some 53,000 people|civilians;a=Donetsk governor Vadym Filashkin]] remained in the town, down from [[60,000|civilians;a=Donetsk governor Vadym Filashkin]] before the war.",
)

F(
    "Sudan: El Fasher under siege",
    "[[An estimated 260,000 civilians|civilians;a=UNICEF]], including [[130,000 children|civilians;a=UNICEF]], are trapped in El Fasher, UNICEF said. "
    "The RSF has massed [[thousands of fighters|combatants;a=the UN]] around the city, the UN said.",
)

F(
    "Syria: returns after Assad's fall",
    "UNHCR said [[more than 500,000 Syrians|returned;a=UNHCR]] had returned from abroad since {{December}} and [[1.2 million displaced people|returned;a=UNHCR]] had gone back to their home areas inside Syria. "
    "It expects [[up to 1.5 million refugees|returned;p;a=UNHCR]] to return this year.",
)

F(
    "Myanmar: Karenni camps fill",
    "[[Some 200 displacement camps|capacity;n=camps;a=the Karenni Civil Society Network]] now shelter [[about 150,000 people|displaced;a=the Karenni Civil Society Network]] in Karenni state, the Karenni Civil Society Network said. "
    "The group said [[eight schools|housing;a=The group;alt=the Karenni Civil Society Network]] had been bombed since {{January}}.",
)

F(
    "Burundi: Congolese refugees crowd transit site",
    "The Gatumba transit centre, built for [[about 1,500 people|capacity]], was hosting [[more than 20,000 Congolese|displaced;a=UNHCR]] who fled the fighting in South Kivu, UNHCR said. "
    "The agency plans to move [[3,000 a day|displaced;p;a=The agency;alt=UNHCR]] to Musenyi camp.",
)

F(
    "Nigeria: Maiduguri food distribution",
    "WFP said it had distributed food to [[about 120,000 displaced people|aid;a=WFP]] in Maiduguri in {{September}}, and that [[40,000 families|aid;a=WFP]] received cash. "
    "It warned that [[4.4 million people|civilians;a=WFP]] faced acute hunger in the northeast.",
)

F(
    "Mexico: National Guard surge to Sinaloa",
    "The defence ministry said it had sent [[1,100 more soldiers|combatants;a=The defence ministry]] to Culiacán, bringing the force in the state to [[about 11,000|combatants;a=The defence ministry]], and that [[600 special forces troops|combatants;p;a=The defence ministry]] would follow.",
)

F(
    "Lebanon: schools used as shelters",
    "The education ministry said [[more than 1,000 schools|capacity;a=The education ministry]] were being used as shelters, housing [[about 190,000 displaced people|displaced;a=The education ministry]]. "
    "[[Around 500,000 pupils|other]] have had no classes since {{September}}.",
)

F(
    "Hiraan and Galguduud: government counts surrenders",
    "The government said [[more than 300 al-Shabaab fighters|other;a=The government]] had surrendered in Hiraan and Galguduud over {{six months}}, and had handed over [[about 150 weapons|other;a=The government]].",
)

F(
    "Haiti: displaced by gang attacks reach new high",
    "IOM said [[1.3 million people|displaced;a=IOM]] were now displaced in Haiti, up {{24 percent}} in {{six months}}, and [[about 200,000|displaced;a=IOM]] of them lived in [[246 sites|capacity;n=sites;u=other;a=IOM]] in Port-au-Prince.",
)

F(
    "Ukraine: Odesa port strike damages homes",
    "A Russian missile strike on Odesa damaged [[more than 50 homes|housing;a=the regional governor]] and a port grain terminal, the regional governor said.",
)
