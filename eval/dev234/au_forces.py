"""Items: the African Union's forces in Somalia (AMISOM, ATMIS, AUSSOM) and SADC's mission in
Mozambique (SAMIM), with Rwanda's troops in Cabo Delgado, 2014-2026."""

from _wrap import item

item(
    "Al-Shabaab overruns AU base at El Adde; Kenyan toll unclear",
    """
Al-Shabaab fighters overran a base of the African Union Mission in Somalia (AMISOM) at El Adde,
near the Kenyan border, at dawn on Friday, killing what the group claimed were [[more than 100
Kenyan soldiers|killed;a=the group]]. Kenya's military confirmed [[dozens of deaths|killed;a=Kenya's military]]
but gave no figure. A Somali regional official said [[between 60 and 70 bodies|killed;a=A Somali regional official]]
had been seen at the base. The militants said they had taken [[at least 12 soldiers|kidnapped;a=The militants]]
captive and seized [[several dozen vehicles|other;a=The militants]]. [[About 200 troops|combatants]]
were stationed at the camp. Kenya has [[some 3,600 troops|combatants;a=the AU]] in Somalia,
according to the AU. Families in Nairobi said [[scores of soldiers|missing;a=Families in Nairobi]]
had not made contact.
""",
)

item(
    "Ugandan troops killed as Shabaab storms Bulo Marer base",
    """
Uganda's military said [[54 of its soldiers|killed;a=Uganda's military]] were killed when al-Shabaab
attacked an AU base at Bulo Marer, in Lower Shabelle, on {{May 26}}, the deadliest day for
Ugandan forces in Somalia in {{six years}}. President Yoweri Museveni said the troops had
"regrouped" and retaken the base, and that [[137 militants|killed;a=President Yoweri Museveni]]
had been killed. He said [[two commanders|arrested;a=President Yoweri Museveni]] had been
arrested for failing to hold the position. About [[4,500 Ugandan troops|combatants]] serve with
ATMIS. The base, built for [[about 800 soldiers|capacity;a=a Ugandan officer]], held [[12 armoured personnel carriers|other;u=other;a=a Ugandan officer]], a Ugandan officer said on condition of anonymity. [[Several
hundred residents|displaced;a=a Ugandan officer]] of Bulo Marer had fled, he added.
""",
)

item(
    "ATMIS completes first drawdown, handing bases to Somali army",
    """
The African Union Transition Mission in Somalia (ATMIS) withdrew [[2,000 troops|combatants;a=the AU]]
by the end of {{June}}, the AU said, meeting the deadline of the {{first phase}} of its drawdown.
[[Six forward operating bases|other;u=structure]] were handed to the Somali National
Army. A {{second}} phase will see [[3,000 more|combatants;p;a=the mission;alt=ATMIS]] leave
by {{September}}, the mission said, reducing the force to [[about 14,600|combatants;p;a=the mission;alt=ATMIS]].
Somalia's government said it had trained [[some 20,000 soldiers|combatants;a=Somalia's government]]
to take over. Analysts warned that [[up to 1.2 million people|civilians;a=Analysts]] in areas
around the handed-over bases could be exposed to al-Shabaab. [[About 60 Somali soldiers|killed]] died in attacks on handed-over bases in the following weeks.
""",
)

item(
    "Burundian peacekeepers kidnapped in Hiiraan; two found dead",
    """
Al-Shabaab fighters abducted [[four Burundian peacekeepers|kidnapped;a=Burundi's army]] during an
ambush on a supply convoy near Jalalaqsi, Burundi's army said on Monday. The bodies of [[two of
them|killed]] were found on Sunday. [[Two others|missing;a=the army]] are still missing, the army
said. The convoy of [[about 25 trucks|other]] was carrying food and fuel to [[three
bases|other;u=structure]] in Hiiraan. [[At least seven attackers|killed;a=Burundi's army;q=at_least]]
were killed, Burundi's army said. Burundi has contributed [[up to 3,000 troops|combatants]] to
the AU force.
""",
)

item(
    "New AU mission AUSSOM begins in Somalia with smaller force",
    """
The African Union Support and Stabilisation Mission in Somalia (AUSSOM) took over from ATMIS on
{{January 1}} with an authorised strength of [[11,911 personnel|combatants;q=at_most;a=the AU]], including
[[11,826 troops|combatants;q=at_most;a=the AU]] and [[85 police officers|combatants;q=at_most;a=the AU]],
according to the AU. Egypt has offered [[up to 1,100 soldiers|combatants;p;a=Egypt]], officials
in Cairo said. Ethiopia, which has [[around 3,000 troops|combatants;a=diplomats]] in the force and
[[between 5,000 and 7,000|combatants;a=diplomats]] more under a bilateral deal, has agreed to
stay, diplomats said. The mission's budget for {{2025}}, about {{$190 million}}, remains unfunded.
UN agencies estimate that [[4.4 million Somalis|civilians;a=UN agencies]] face hunger and that
[[3.5 million|displaced;a=UN agencies]] are internally displaced.
""",
)

item(
    "Mogadishu: AU troops escort food convoys to besieged towns",
    """
AU peacekeepers and Somali soldiers escorted [[18 World Food Programme trucks|aid;a=the WFP]]
into Bakool region last week, the WFP said, the first overland delivery in {{three months}}.
The trucks carried [[450 tonnes|aid]] of food, enough for [[about 30,000 people|aid]] for
{{a month}}. Al-Shabaab has besieged the towns of Hudur and Wajid, where [[some 60,000
residents|civilians;a=local officials]] are trapped, local officials said. The WFP said it
hopes to send [[a further 40 trucks|aid;p;a=The WFP]] before the rainy season. [[Two earlier convoys|aid]] were attacked on the road from Baidoa. [[Eleven aid
workers|killed;a=OCHA]] have been killed in Somalia this year, OCHA said.
""",
)

item(
    "Somali forces and AU retake Afgooye; thousands return",
    """
Somali and AU forces retook the town of Afgooye, {{30 km}} west of Mogadishu, the AU said on
Thursday, and [[thousands of residents|returned;a=the mayor]] have begun returning, the mayor said. [[More than 400 families|returned;a=the mayor]] have registered with the municipality, he said, out of [[about 6,000|displaced;a=he;alt=the mayor]] who fled in the fighting.
[[Some 150 houses|housing]] in the town centre were destroyed. The AU said [[26 of its soldiers|killed;a=The AU]]
had been killed and [[about 70|injured;a=The AU]] wounded in the {{two-week}} operation.
Somali police have detained [[at least 35 suspected militants|arrested;a=Somali police]].
""",
)

item(
    "AMISOM pulls out of bases in Bay and Bakool, residents flee",
    """
AMISOM troops withdrew from [[four bases|other;u=structure;a=the AU]] in Bay and Bakool regions
over the weekend, the AU said, and al-Shabaab fighters moved in within hours. [[About 2,500
residents|displaced;a=a humanitarian official]] of Leego and Buurdhuubo fled with the departing
troops, a humanitarian official said. The Ethiopian contingent, [[roughly 4,400 soldiers|combatants]],
is being redeployed to protect supply routes. [[More than 30 civilians|kidnapped;a=residents]]
were abducted in the days after the withdrawal, residents said. [[Some 12 villages|other;a=residents]]
were emptied, they said. [[At least 15 people|missing;a=elders]] are missing, elders said. The AU mission counts [[some 22,000 troops|combatants;a=The AU mission]].
""",
)

item(
    "Rwandan troops retake Mocímboa da Praia, port town held by insurgents",
    """
Rwandan and Mozambican forces recaptured the port town of Mocímboa da Praia on Sunday, Rwanda's
army said, {{two years}} after Islamist insurgents seized it. Rwanda sent [[1,000 troops and police|combatants;n=troops and police]] to Cabo Delgado in {{July}}, and a
further [[1,000|combatants;p]] are to arrive. The army said [[14
insurgents|killed;a=The army;alt=Rwanda's army]] were killed in the final assault and
[[four Rwandan soldiers|killed;a=The army;alt=Rwanda's army]] had died since the deployment began. [[About 90 homes|housing]] were burned as the insurgents retreated.
[[More than 800,000 people|displaced;a=the UN]] have been displaced by the {{four-year}}
insurgency, according to the UN, and [[about 3,000|killed;a=the UN]] killed. {{Some 70%}} of the
town's buildings were damaged.
""",
)

item(
    "SADC force in Mozambique to end mission; troops to leave by July",
    """
The SADC Mission in Mozambique (SAMIM) will withdraw its [[roughly 2,000 troops|combatants;p;a=the bloc]]
by {{July 15}}, the bloc said, after {{three years}} in Cabo Delgado. South Africa, the largest
contributor, has [[about 1,500 soldiers|combatants;a=South Africa]] in the province. Botswana,
Angola, Lesotho and Tanzania also sent troops. [[Four South African soldiers|killed;a=SADC]] and [[two Batswana|killed;a=SADC]] have died during the mission, according to SADC.
The force said it had freed [[more than 100 hostages|kidnapped;a=The force;alt=SAMIM]] from
insurgent camps and destroyed [[at least 19 bases|other;u=structure;a=The force;alt=SAMIM]].
[[About 570,000 people|returned;a=the IOM]] have gone home in the province, the IOM said.
""",
)

item(
    "Cabo Delgado: insurgents attack Macomia as SADC troops pull back",
    """
Insurgents attacked the town of Macomia on Friday, weeks after SADC troops withdrew from the
district, killing [[at least 10 people|killed;a=local sources]], local sources said. [[Three
Mozambican soldiers|killed]] and [[one South African soldier|killed]] were among the dead. The
attackers looted [[two aid warehouses|other;u=structure]] and burned [[about 60 homes|housing]].
Médecins Sans Frontières said [[more than 5,000 people|displaced;a=Médecins Sans Frontières]]
had fled into the bush and that [[dozens of children|missing;a=Médecins Sans Frontières]] had
been separated from their families. [[Around 15|kidnapped;a=residents]] were taken by the insurgents,
residents told Lusa.
""",
)

item(
    "Rwandan contingent in Cabo Delgado expands to 4,000",
    """
Rwanda has increased its forces in Mozambique's Cabo Delgado province to [[about 4,000 troops
and police|combatants;a=Rwanda's defence ministry;n=troops and police]], Rwanda's defence ministry
said on Tuesday, up from [[2,500|combatants;a=Rwanda's defence ministry]]. The ministry said
[[1,000 of them|combatants;a=The ministry;alt=Rwanda's defence ministry]] had been sent to guard
the Afungi liquefied natural gas site. The European Union approved {{€20 million}} to support
the deployment. Some [[650,000 people|returned;a=the IOM]] have returned to their districts
of origin, the IOM said, but [[up to 100,000|displaced;a=the IOM]] remain in camps. In Palma, [[between 300 and 400 families|returned]] came back last month. Analysts estimate that the insurgents still have [[about 300 fighters|combatants;a=Analysts]] in the area.
""",
)

item(
    "Kenyan troops rotate out of Somalia's Jubaland",
    """
Kenya began rotating [[about 1,100 soldiers|combatants;a=the Kenya Defence Forces]] out of
Jubaland this week, the Kenya Defence Forces said, replacing them with a fresh battalion of similar size. [[Two soldiers|killed;a=officials]] were killed and [[three|injured;a=officials]] wounded when an IED hit a convoy near Kolbiyow on the way to the border, officials said. Kolbiyow, a village of [[some 1,500 people|civilians]], was placed under curfew. The KDF said [[six suspected militants|arrested;a=The KDF]] had been arrested in
Dhobley. [[Some 9,000 refugees|returned;a=UNHCR]] have gone back to Jubaland from Dadaab since
January, UNHCR said.
""",
)

item(
    "UN agency counts displaced around AU bases in Lower Shabelle",
    """
[[An estimated 42,000 people|displaced;a=the International Organization for Migration]] are
living in [[27 informal sites|capacity;u=other;a=the International Organization for Migration]] around AU and Somali army bases in Lower
Shabelle, the International Organization for Migration said. The agency said [[about 8,000
households|aid;a=The agency;alt=the International Organization for Migration]] had received
cash transfers since January. [[Between 200 and 300 latrines|aid;p]] are needed. The sites,
meant for [[no more than 25,000 people|capacity;a=the agency;alt=the International Organization for Migration]],
have seen [[more than 30 cases|other;a=the agency;alt=the International Organization for Migration]] of cholera, the agency said. [[At least 300 others|displaced]] are sleeping in the open.
""",
)

item(
    "AU force helicopter gunships arrive from Ethiopia and Kenya",
    """
The AU mission in Somalia has received [[three Mi-24 helicopter gunships|other;a=officials]]
from Ethiopia and [[two|other;a=officials]] from Kenya, officials said, its first aircraft since
it was set up in {{2007}}. The helicopters, with [[about 120 support staff|other]], are based at Baidoa and Beledweyne. [[About 40 pilots and technicians|other;n=pilots and technicians]] came with them. [[Six Somali soldiers|killed;a=the Somali army]] were killed and [[nine|injured;a=the Somali army]]
wounded in an ambush near Beledweyne on Tuesday, the Somali army said. [[About 40 militants|killed;a=the army]]
died in the ensuing air strikes, the army said.
""",
)

item(
    "Somalia force funding: Council adopts hybrid model",
    """
The Security Council on {{December 27}} endorsed a plan for the UN to cover up to {{75%}} of
AUSSOM's costs from assessed contributions, under {{Resolution 2719}}. The European Union has
paid more than {{€2.7 billion}} to the AU missions in Somalia since {{2007}}. The force's
mandate runs to {{December 31, 2025}}. A review is due within {{six months}}.
""",
)

item(
    "Mozambique mission costs and timeline",
    """
SADC leaders meeting in Windhoek on {{April 12}} approved a budget of about {{$18 million}} for
the {{final}} {{three months}} of SAMIM. The mission was launched on {{July 15, 2021}} at an
extraordinary summit. Its mandate had been extended {{five times}}. Mozambique's president said
{{2024}} would be the year of "Mozambicans defending Mozambique", with {{90 days}} set aside
for the handover.
""",
)
