"""Algeria's expulsions into the desert, Point Zero and Assamaka, the convoys to Niger, Agadez and
Arlit, the dead of the Sahara, Algeria's raids and its coast."""

from _wrap import item

item(
    "Thousands stranded in Niger's Assamaka after expulsion from Algeria",
    """
NIAMEY, {{April 6}} (Reuters) - [[More than 4,500 migrants|displaced;a=Médecins Sans Frontières]]
expelled from Algeria are stranded in the desert town of Assamaka in northern Niger, Médecins Sans
Frontières said on {{Thursday}}. The IOM transit centre in the town, built for [[about 1,000
people|capacity;a=the charity;alt=Médecins Sans Frontières]], is full, and [[hundreds|displaced;n=-;a=the
charity;alt=Médecins Sans Frontières]] are sleeping in the open in heat that reaches {{45C}}, the
charity said. Assamaka itself has [[about 250 households|civilians]]. MSF said it had treated
[[more than 260 people|injured;a=MSF]] for injuries since {{January}}, many of them from beatings
during arrest. Algeria expelled [[more than 9,000 people|displaced;a=MSF]] to Niger in the {{first
three months}} of the year, MSF said. Of those, [[about 5,000 Nigeriens|returned;a=MSF]]
were repatriated in official convoys and [[more than 4,000 people|displaced;a=MSF]] of other
nationalities were left at the border, it said.
""",
)

item(
    "Algeria expelled a record 31,000 people to Niger in 2024, monitors say",
    """
ARLIT, Niger, {{Jan 20}} (AFP) - Algeria expelled [[at least 31,404 people|displaced;a=the Alarm
Phone Sahara network]] to Niger in {{2024}}, the highest number since monitoring began, the Alarm
Phone Sahara network said. [[16,175|returned;n=-;a=the Alarm Phone Sahara network]] were Nigeriens repatriated
in official convoys under a {{2014}} agreement, while [[15,229|displaced;n=-;a=the Alarm Phone Sahara network]]
were people of other nationalities left at "Point Zero", about {{15 kilometres}} from Assamaka, it
said. The network's activists found [[seven bodies|killed]] in the desert
between the border and the town. Those expelled included [[at least 2,200 women|displaced]] and
[[1,700 minors|displaced]], many of them arrested in raids in Algiers, Oran and Tamanrasset. Algeria
relies on [[tens of thousands of sub-Saharan workers|civilians]] on its building sites and farms.
""",
)

item(
    "IOM flies migrants expelled from Algeria home from Niger",
    """
AGADEZ, Niger, {{Sept 19}} - The IOM said on {{Tuesday}} it had flown [[more than 1,100
migrants|returned;a=The IOM]] from Agadez and Niamey to Guinea, Mali and Côte d'Ivoire this month,
most of them people expelled from Algeria. The agency's [[six transit centres|capacity;a=the
agency;alt=IOM]] in Niger, which together can hold [[up to 4,000 people|capacity;a=the
agency;alt=IOM]], were running at {{180%}} of capacity, the agency said. [[About 3,500
migrants|displaced;a=IOM]] were waiting in the centres for a flight home, it said. The IOM
plans [[12 more flights|other;p;a=The IOM]] before the end of the year. [[About 240
Malians|returned]] left Agadez on {{Monday}} in a convoy of [[five buses|other]]. Niger's junta
repealed a {{2015}} law against migrant smuggling in {{November 2023}}.
""",
)

item(
    "Bodies of 20 migrants found in Niger desert near Algerian border",
    """
NIAMEY, Niger, {{June 28}} (Reuters) - Soldiers on patrol near the Algerian border found the bodies
of [[20 migrants|killed;a=Niger's defence ministry]], among them [[two children|killed;a=Niger's
defence ministry]], who appear to have died of thirst after their vehicle broke down, Niger's
defence ministry said on {{Friday}}. A patrol rescued [[six survivors|other]] and took them to
Dirkou, where [[four|injured;n=-]] were being treated for severe dehydration. The group had left
Agadez in a pick-up {{nine days}} earlier, bound for Libya. The IOM says [[at least 1,180
people|killed;a=The IOM]] have died in the Sahara since {{2017}}. Soldiers have rescued [[more than
3,000 migrants|other;a=the ministry;alt=Niger's defence ministry]] stranded in the desert since
{{2016}}, the ministry said. [[About 400 soldiers|combatants]] patrol the northern desert of the
Agadez region.
""",
)

item(
    "Algeria rounds up migrants in Algiers and Oran before expulsions",
    """
ALGIERS, {{Oct 8}} (AP) - Algerian police rounded up [[more than 800 sub-Saharan
migrants|arrested;a=Human Rights Watch]] in raids on building sites and workers' districts in
Algiers and Oran, Human Rights Watch said. The rights group said those detained included [[at least
60 children|arrested;a=The rights group;alt=Human Rights Watch]] and [[about 100 refugees and
asylum seekers|arrested;n=refugees and asylum seekers;a=The rights group;alt=Human Rights Watch]]
registered with UNHCR. Witnesses said they were taken in [[dozens of buses|other;a=Witnesses]] to a
camp in Tamanrasset, about {{1,900 kilometres}} south of the capital. From there they were driven to
the Niger border, where [[about 700|displaced;n=-;a=the group;alt=Human Rights Watch]] were left at
Point Zero, the group said. Algeria's interior ministry says it has repatriated [[more than 27,000
Nigeriens|returned;a=Algeria's interior ministry]] since {{December 2014}} at Niamey's request. The
ministry said the Tamanrasset camp could house [[up to 3,000 people|capacity;a=The
ministry;alt=Algeria's interior ministry]].
""",
)

item(
    "Niger summons Algeria's ambassador over 'violent' expulsions",
    """
NIAMEY, {{April 4}} (Reuters) - Niger summoned Algeria's ambassador on {{Wednesday}} after [[nearly
2,000 people|displaced;a=a foreign ministry statement]] were expelled to the border in {{a single week}},
a foreign ministry statement said. Local officials in Assamaka said [[three migrants|killed;a=Local
officials in Assamaka]] had died on the walk from Point Zero. Officials in Arlit said [[about 900
Nigeriens|returned;a=Officials in Arlit]] had reached the town in [[two official
convoys|other;a=Officials in Arlit]] since {{March 28}}. Aid workers said [[more than 6,000
people|displaced;a=Aid workers]] were waiting in Assamaka and Arlit for onward transport. The army
sent [[200 soldiers|combatants]] to Assamaka to keep order. UNICEF said it had delivered [[5,400 food
rations|aid;a=UNICEF]] to the town.
""",
)

item(
    "Migrant traffic through Agadez surges after Niger scraps smuggling law",
    """
AGADEZ, Niger, {{Feb 15}} (AFP) - The IOM said it had counted [[more than 24,000
people|displaced;a=The IOM]] travelling north through Agadez towards Libya and Algeria in {{January}},
against [[about 9,000|displaced;n=-;a=The IOM]] in {{January 2023}}. Drivers in Agadez said [[20 to 30
pick-up trucks|other;a=Drivers in Agadez]] now leave the town each week. Under the {{2015}} law,
[[more than 300 people|arrested]] were jailed, most of them drivers and "coaxers" who found
passengers. The authorities freed [[the last 41 drivers|arrested]] held under the law in
{{December}}. Local officials put Agadez's population at [[about 150,000|civilians;n=-;a=Local
officials]]. The European Union spent about {{€250 million}} on migration projects in Niger after
{{2015}}.
""",
)

item(
    "Tunisia says most migrants now enter from Algeria",
    """
TUNIS, {{March 14}} - Tunisia's National Guard said on {{Thursday}} it had stopped [[more than 2,700
migrants|other;a=Tunisia's National Guard]] trying to cross from Algeria in the Kasserine and Gafsa
regions since January. The force said it had deployed [[about 800 additional
officers|combatants;a=The force;alt=National Guard]] and [[40 vehicles|other;a=The force;alt=National
Guard]] to the western frontier. [[Eleven migrants|killed;a=the regional health directorate]] were
found dead of cold in the mountains near Kasserine in {{January}}, the regional health directorate
said. According to FTDES, [[at least 1,000 people|displaced;a=FTDES]] were expelled to the Algerian
side of the border in {{2024}}. Algeria's defence ministry said its border guards had arrested [[143
smugglers|arrested;a=Algeria's defence ministry]] in the east last year.
""",
)

item(
    "Aid stretched in Assamaka as expulsions from Algeria go on",
    """
ASSAMAKA, Niger, {{April 2}} - The IOM said it had handed out [[12,000 hot meals|aid;a=The IOM]] and
[[2,800 blankets|aid;a=The IOM]] in Assamaka in {{March}}. [[About 600 people|displaced;a=the
agency;alt=IOM]] arrived from the border in {{a single day}} last week, the agency said. MSF said its
health post had treated [[87 people|injured;a=MSF]] for injuries from beatings. The World Food
Programme said it needed {{$4 million}} to keep feeding [[up to 20,000 people|aid;p;a=The World Food
Programme]] in the region until {{September}}. Local leaders said [[the town's 2,000
residents|civilians;a=Local leaders]] were sharing their wells with the newcomers. The IOM has built
[[two new hangars|capacity;u=structure]] with room for [[another 500 people|capacity]].
""",
)

item(
    "Algeria has abandoned more than 13,000 in the Sahara, AP finds",
    """
ASSAMAKA, Niger, {{June 25}} (AP) - Algeria has left [[more than 13,000 people|displaced]] in the
Sahara over the past {{14 months}}, forcing them to walk, sometimes at gunpoint, in temperatures of up
to {{48C}}. Survivors described seeing [[several dozen people|missing;a=Survivors]] fall behind and
vanish in the sand. The IOM said the number arriving on foot at Assamaka had risen to [[about 2,000 a
week|displaced;n=-;a=The IOM]]. Its search teams have brought [[more than 1,000 people|other;a=the
IOM]] in from the desert since {{January}}, according to the IOM. [[At least 24 people|killed;a=the
agency;alt=IOM]] are known to have died, the agency said. Algeria's interior minister said in {{2017}}
that the country had sent home [[about 6,000 Nigeriens|returned;a=Algeria's interior minister]] under
a {{2014}} deal.
""",
)

item(
    "Libya's southern authorities expel hundreds into Niger",
    """
DIRKOU, Niger, {{Aug 3}} - Libyan authorities in the south expelled [[about 400
migrants|displaced;a=Alarm Phone Sahara]] across the desert border near Madama in {{July}}, Alarm
Phone Sahara said. [[Seven people|killed;a=the network;alt=Alarm Phone Sahara]] died of thirst after
they were left near the Toummo crossing, the network said. Nigerien soldiers based at Madama found
[[112 people|other]] and took them to Dirkou, where the IOM gave them food and water. The IOM said it
would take [[about 80 of them|returned;p;n=-;a=The IOM]] on to Agadez for flights home. Dirkou's [[two
shelters|capacity]] have room for [[300 people|capacity]]. Survivors said armed men had seized [[15 people|kidnapped;a=Survivors]]
from the group near Toummo and demanded ransoms from their families.
""",
)

item(
    "Algerian coast guard stops hundreds of harraga off Oran",
    """
ALGIERS, {{Sept 3}} - Algeria's coast guard intercepted [[312 people|other;a=the defence ministry]]
trying to reach Spain on [[27 small boats|other;a=the defence ministry]] off Oran, Mostaganem and Ain
Temouchent over the weekend, the defence ministry said. The bodies of [[five young men|killed]] washed
up near Oran on {{Sunday}}. Families in the Oran area say [[30 to 40 young people|missing;a=Families
in the Oran area]] from their neighbourhoods have not been heard from since setting off in
{{August}}. Spain's interior ministry recorded [[about 11,000 arrivals|displaced;a=Spain's interior
ministry]] by sea from Algeria in {{2024}}. Algeria's defence ministry says [[about 1,200 coast guard personnel|combatants;a=Algeria's defence ministry]] patrol the
western coast. A court in Oran jailed [[18 smugglers|arrested]] for
between {{six months}} and {{three years}}.
""",
)

item(
    "Fourteen migrants found dead in desert north of In Guezzam",
    """
TAMANRASSET, Algeria, {{May 12}} - Algeria's civil protection service said on {{Sunday}} it had
recovered [[14 bodies|killed;a=Algeria's civil protection service]] in the desert about {{80
kilometres}} north of In Guezzam, near the border with Niger. Rescuers found [[nine
survivors|other]]; [[three|injured;n=-]] were in a serious condition in hospital in Tamanrasset. The
migrants, mostly from Mali and Guinea, had been travelling north in a truck carrying [[about 30
people|other]] when it broke down. The service said it was still searching for [[seven
others|missing;a=The service;alt=Algeria's civil protection service]]. [[Two helicopters|other]] and
[[40 rescuers|other]] joined the search on {{Monday}}.
""",
)

item(
    "UNHCR alarmed as Algeria expels refugees to Niger",
    """
GENEVA, {{Jan 30}} - UNHCR said on {{Friday}} that Algeria had expelled [[at least 330 refugees and
asylum seekers|displaced;n=refugees and asylum seekers;a=UNHCR]], many of them Sudanese, to the
Niger border since {{November}}. [[More than 40 Sudanese|arrested;a=the agency;alt=UNHCR]] who were
expelled were later detained by Nigerien police in Agadez for lacking papers, the agency said. Agadez
has a humanitarian centre, set up in {{2018}} for [[about 1,500 asylum seekers|capacity;n=asylum seekers]], most of
them Sudanese. In {{January 2020}} protesters set fire to part of it, and [[335 people|arrested]] were
arrested; [[some 600 makeshift shelters|housing]] burned. UNHCR said it had resettled [[about 2,000
refugees|displaced;a=UNHCR]] from Niger to Europe and North America since {{2017}}.
""",
)

item(
    "Niger's junta repeals anti-smuggling law",
    """
NIAMEY, {{Nov 27}} (Reuters) - Niger's military government on {{Monday}} repealed Law {{2015-36}},
which made it a crime to transport migrants north through the desert and had been backed by the
European Union. Those convicted under the law faced {{one to 30 years}} in prison and fines of up to
{{30 million CFA francs}}, about {{$50,000}}. Convictions handed down since {{May 2015}} will be
wiped, the ordinance said. The junta, which seized power on {{July 26}}, said the law had served
foreign interests. The EU said it regretted the decision.
""",
)

item(
    "Heat warning for Niger's desert north as temperatures near 48C",
    """
NIAMEY, {{May 3}} - Niger's meteorological service warned on {{Friday}} that temperatures in Agadez
and the far north would reach {{47C}} in the shade this week and stay above {{30C}} at night. Aid
workers in Assamaka, {{15 kilometres}} from the Algerian border, said people walking from the
frontier needed at least {{five litres}} of water a day. The IOM asked drivers to carry water for
{{three days}}. The road from Arlit to Assamaka, about {{200 kilometres}}, can take {{12 hours}} when
the sand is soft. The warning runs until {{May 10}}.
""",
)
