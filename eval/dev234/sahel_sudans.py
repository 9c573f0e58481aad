"""Items: MINUSMA in Mali, UNMISS in South Sudan and UNISFA in Abyei, 2014-2026."""

from _wrap import item

item(
    "Suicide attack on UN camp in Kidal kills Chadian peacekeepers",
    """
[[Ten Chadian peacekeepers|killed;a=MINUSMA]] were killed and [[at least 25|injured;a=MINUSMA]]
wounded when jihadists attacked the UN camp at Aguelhok, in Mali's Kidal region, at dawn on
Sunday, MINUSMA said. The attackers arrived in several pickups and on motorbikes, the mission said. [[Dozens of residents|displaced]] of Aguelhok fled into the camp. A spokesman, Olivier Salgado, said a number of assailants were killed. The Group to Support Islam and Muslims (JNIM) claimed the
attack, saying in a statement that it had destroyed [[11 armoured vehicles|other;a=The Group to Support Islam and Muslims (JNIM)]].
The camp houses [[about 600 troops|combatants]]. Mali is the deadliest posting for UN
peacekeepers, with [[more than 190 blue helmets|killed;a=UN figures]] killed in hostile acts
since {{2013}}, according to UN figures.
""",
)

item(
    "Mali: MINUSMA convoy hits mine near Tessalit",
    """
[[Four Guinean peacekeepers|killed;a=the mission]] were killed and [[five|injured;a=the mission]]
others seriously hurt when their vehicle struck an improvised explosive device near Tessalit,
the mission said on Wednesday. The convoy of [[around 30 vehicles|other]] was carrying fuel and
rations to the camp. [[Two fuel trucks|other]] were destroyed. A {{second}} device was found and defused about {{2 km}} away. Guinea has
[[about 900 soldiers|combatants;a=the defence ministry]] in Mali, the defence ministry in Conakry
said. The UN counted [[more than 140 IED attacks|other;u=other;a=The UN]] against its forces in
the north in {{2021}}, a record.
""",
)

item(
    "Last UN peacekeepers leave Timbuktu as MINUSMA winds down",
    """
The UN mission in Mali handed its Timbuktu camp to Malian authorities on Friday, the last of
[[13 bases|other;u=structure;a=MINUSMA]] MINUSMA said it had vacated since the junta demanded
its departure in {{June}}. The mission said [[some 11,000 uniformed personnel|combatants;a=The mission;alt=MINUSMA]]
had been repatriated out of [[about 13,000|combatants;a=The mission;alt=MINUSMA]] at the start
of the drawdown, and that [[around 1,300|combatants;p;a=The mission;alt=MINUSMA]] would stay in
Gao and Bamako until the end of {{December}} to complete the liquidation. A convoy leaving Ber
in {{August}} came under fire {{three times}}, wounding [[four peacekeepers|injured]]. Rights
groups fear for [[tens of thousands of civilians|civilians;a=Rights groups]] in towns the UN
has left. The Security Council ended the mandate with {{Resolution 2690}} after {{ten years}}.
""",
)

item(
    "Peacekeepers detained in Bamako released after months",
    """
Mali's transitional authorities released [[49 Ivorian soldiers|arrested;a=the Ivorian presidency]]
detained at Bamako airport since {{July}}, the Ivorian presidency said on Friday. [[Three
female soldiers|arrested]] among the group had been freed in {{September}}. Bamako had accused
the soldiers, who arrived to guard a logistics base used by MINUSMA's German contingent, of being
mercenaries. Côte d'Ivoire had contributed [[up to 900 troops|combatants]] to MINUSMA at the peak of its deployment. A Malian court had sentenced them in absentia to {{20 years}} in prison. Côte
d'Ivoire said it would withdraw [[its remaining 600 troops|combatants;p;a=Côte d'Ivoire;n=troops]]
from the mission by {{August 2023}}. Germany, which had [[about 1,100 soldiers|combatants]] in
Mali, also announced its exit.
""",
)

item(
    "Malakal protection site overwhelmed as Sudan war refugees arrive",
    """
The protection-of-civilians site at the UN base in Malakal now holds [[more than 45,000
people|displaced;a=UNMISS]], UNMISS said on Monday, in a camp built for [[12,000|capacity;n=-]].
[[Some 1,500 people a week|displaced;a=the mission;alt=UNMISS]] have been arriving from the
Sudanese border, the mission said, many of them South Sudanese returnees caught up in the war in
Sudan. Médecins Sans Frontières said it had treated [[about 2,300 children|aid;a=Médecins Sans Frontières]]
for acute malnutrition at its clinic in the site since January. [[At least 3 people|killed]]
died and [[15|injured]] were wounded in clashes between communities inside the camp on Saturday,
and UN police detained [[eight people|arrested]]. Rwandan and Indian peacekeepers have
increased patrols around the perimeter.
""",
)

item(
    "Bentiu camp turned over to government control",
    """
UNMISS formally handed the Bentiu protection-of-civilians site to South Sudan's government on
Thursday, the last of [[five such sites|capacity;u=other;a=the mission;alt=UNMISS]] the mission said it had
redesignated as camps for internally displaced people since {{2020}}. At its peak in {{2017}},
the Bentiu site sheltered [[nearly 120,000 people|displaced]]. [[About 105,000|displaced;a=the International Organization for Migration]] still live there, according to the International
Organization for Migration, and [[some 30,000 more|displaced;a=the International Organization for Migration]]
have settled in new blocks built after the floods of {{2021}}. [[About 300 UN police|combatants;a=the mission;alt=UNMISS]] will remain nearby, the mission said.
""",
)

item(
    "Juba fighting: Chinese peacekeepers killed as tanks shell UN compound",
    """
[[Two Chinese peacekeepers|killed;a=UNMISS]] were killed and several others wounded when a shell hit their armoured vehicle at the UN House compound in Juba,
UNMISS said on Monday. [[More than 36,000 people|displaced;a=the UN]] had sought refuge inside [[two UN bases|capacity;u=structure;a=the UN]] in the capital, the UN said. Fighting between forces loyal to President Salva Kiir
and those of First Vice-President Riek Machar had killed [[at least 272 people|killed;a=officials]],
including [[33 soldiers|killed;a=officials]], officials said. [[Around 50|housing;n=-]] of the
shelters in the Tomping site were hit, the mission said later. Kenya said it was sending a
battalion of [[about 1,000 troops|combatants;p;a=Kenya]].
""",
)

item(
    "Regional protection force begins arriving in South Sudan",
    """
The first [[120 soldiers|combatants;a=the UN mission]] of a [[4,000-strong regional protection force|combatants;p;a=the UN mission]] arrived in
Juba on Tuesday, the UN mission said, {{a year}} after the Security Council authorised its
deployment. The Rwandan and Bangladeshi contingents are to be followed by [[about 600
more|combatants;p;a=officials]] within {{two months}}, officials said. The force will guard the
airport and [[three protection sites|capacity;u=other]] in the capital, which hold [[some 38,000
displaced people|displaced]]. UNMISS has [[about 13,000 peacekeepers|combatants;a=the UN]]
nationwide, according to the UN, and [[more than 2,000 police|combatants;a=the UN]].
""",
)

item(
    "Displaced families leave UN site in Bor to return to villages",
    """
[[More than 2,400 families|returned;a=the mission;alt=UNMISS]] have left the protection site
in Bor since the peace agreement to return to their villages in Jonglei, the mission said,
and [[another 700|returned;p;a=the mission;alt=UNMISS]] have registered to go. UNMISS trucks
carried [[about 11,000 people|returned]] in [[46 convoys|other]] over {{three months}}, with
peacekeepers escorting each one. The World Food Programme gave each returning household a
{{three-month}} ration; [[9,600 people|aid;a=the WFP;alt=The World Food Programme]] had received the
packages by the end of {{May}}, the WFP said. Humanitarian agencies estimate that [[1,900
homes|housing;a=Humanitarian agencies]] in the returnees' villages were burned during the war.
""",
)

item(
    "UN peacekeepers found guilty of rape; unit repatriated",
    """
The UN said on Friday it would repatriate [[an entire unit of 60 police officers|combatants;p;a=The UN;n=officers]]
from its mission in South Sudan after allegations that members had sexually exploited women at
the Wau displacement site. An investigation found that [[at least seven officers|other;a=An investigation]]
had paid women for sex, and [[two|arrested]] were detained by their home country on arrival.
The site shelters [[around 17,000 people|displaced]]. The mission has [[between 1,800 and 2,000 police|combatants;a=the UN]] in the country, according to the UN. UN spokesman Stéphane Dujarric said
[[more than 1,200 women and girls|aid;a=Stéphane Dujarric;n=women and girls]] had received
counselling through the mission's victims' assistance programme since {{2018}}.
""",
)

item(
    "Abyei: Ghanaian peacekeeper killed as UNISFA base attacked",
    """
[[One Ghanaian peacekeeper|killed;a=UNISFA]] was killed and [[two others|injured;a=UNISFA]]
were wounded when armed men attacked the UN base at Agok on Sunday, UNISFA said. The attack came
amid clashes between Twic Dinka and Ngok Dinka communities in which [[at least 52 people|killed;a=local officials]]
died, according to local officials, and [[more than 60|injured;a=local officials]] were hurt.
The force said [[about 800 civilians|displaced;a=The force;alt=UNISFA]] had fled into the base.
Armed youths burned [[roughly 200 homes|housing;a=residents]] in Rumamer, residents said, and [[between 15
and 20 children|missing;a=residents]] were still missing, they said. UNISFA has [[some 3,200
troops|combatants]] in the disputed area.
""",
)

item(
    "Ethiopian troops leave Abyei as UN force changes composition",
    """
Ethiopia began withdrawing its [[3,100 peacekeepers|combatants;p;a=UNISFA]] from Abyei on Monday
after Sudan demanded their replacement, UNISFA said, ending {{a decade}} as the sole troop
contributor. [[About 1,000 troops|combatants;a=the mission]] from Ghana, Pakistan, Bangladesh,
India and Vietnam were already in place, the mission said. [[Some 70 of the outgoing Ethiopian soldiers|displaced;a=the Sudan Tribune]] had sought asylum in Sudan, the Sudan Tribune reported, fearing
persecution over the war in Tigray. The handover of [[11 team sites|other]] is to be
completed by {{August}}. [[About 640 UN police|combatants;p]] are to be deployed. [[About 25,000 Ngok Dinka|civilians;n=Ngok Dinka]] live in Abyei town.
""",
)

item(
    "Gao: Jihadist mortar rounds hit MINUSMA supercamp",
    """
[[At least 20 mortar rounds|other;a=MINUSMA]] hit the MINUSMA camp in Gao on Wednesday evening,
the mission said, wounding [[seven peacekeepers|injured;a=the mission;alt=MINUSMA]] and [[two
civilian contractors|injured;a=the mission;alt=MINUSMA]]. [[Three containers|housing;u=structure]]
used as accommodation and a hangar were destroyed. The camp, built to house [[more than 4,000 personnel|capacity]], is the mission's largest. Mali's army said [[14 suspected
militants|arrested;a=Mali's army]] had been detained in the town after the attack. [[Some
2,000 residents|displaced;a=a municipal official]] fled neighbourhoods near the camp, a municipal
official told AFP.
""",
)

item(
    "UNMISS peacekeepers rescue abducted aid workers in Jonglei",
    """
UN peacekeepers secured the release of [[six aid workers|kidnapped;a=UNMISS]] abducted by
an armed group in Pibor Administrative Area, UNMISS said on Thursday. The workers, all South
Sudanese, had been held for {{nine days}}. [[Two others|missing;a=The mission;alt=UNMISS]]
abducted in the same ambush remain missing, The mission said. The gunmen also looted [[three
trucks|aid]] carrying food for [[about 14,000 people|aid]]. In {{2023}}, [[at least 22 aid
workers|killed;a=OCHA]] were killed in South Sudan, according to OCHA. [[About 300 people|displaced]] fled Pibor town after the ambush.
""",
)

item(
    "UNMISS budget trimmed by General Assembly committee",
    """
The General Assembly's budget committee approved {{$1.2 billion}} for UNMISS for the
{{2023-24}} financial year, about {{3%}} less than requested. The cut follows a {{2022}}
decision to trim spending across peacekeeping. The mission's
mandate runs until {{April 30, 2024}} under {{Resolution 2677}}. Its head, Nicholas Haysom,
has served since {{2021}}.
""",
)

item(
    "Mali talks: Council weighs mission's future",
    """
Security Council members met behind closed doors for {{three hours}} on Wednesday to discuss
MINUSMA's future ahead of the {{June 30}} expiry of its mandate. A UN review in {{January}}
offered options, the {{first}} of which would expand the force. France, which drafted
{{Resolution 2640}} in {{2022}}, said a decision was expected by the {{last week}} of June. The
mission was set up in {{2013}}.
""",
)
