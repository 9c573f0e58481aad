"""CODECO and other militias in Ituri (Djugu, Irumu, Mahagi), 2019-2026: attacks on the
displacement sites of Plaine Savo, Lala, Tche and Rhoe, on churches, gold mines and fishing
villages, clashes with the Zaire militia, surrenders, kidnappings on the roads."""

from _wrap import item

item(
    "Militia massacre at Plaine Savo displacement camp",
    """
BUNIA, DR Congo, {{Feb 2}} (Reuters) - Fighters of the CODECO militia hacked and shot to death
[[at least 58 people|killed;a=a local official]] in a camp for displaced people at Plaine Savo, in
Ituri's Djugu territory, a local official said on Wednesday. The site sheltered
[[some 24,000 people|displaced;a=the International Committee of the Red Cross]], most of them
Hema who had fled earlier attacks, according to the International Committee of the Red Cross.
Médecins Sans Frontières said its teams in Drodro had treated
[[36 wounded|injured;a=Médecins Sans Frontières]],
[[nine of them children|injured;a=Médecins Sans Frontières]], most for machete wounds. Caritas
Bunia, which manages part of the site, said the attackers had burned
[[more than 100 shelters|housing;a=Caritas Bunia]]. "We have buried [[60|killed;a=Richard Dhelo]]
and there are still people in the bush," said Richard Dhelo, a community leader at the camp. A UN
base lies {{less than 2 km}} away. By Thursday [[several thousand residents|displaced]] had fled
to Bunia and to the larger site at Rhoe.
""",
)

item(
    "Lala survivors recall the night the militia came",
    """
LALA, DR Congo - When the shooting began at about {{1am}}, Anuarite Dhessi ran into the banana
plantation with her youngest son tied to her back. By dawn
[[45 people|killed;a=the provincial government]] were dead at the Lala displacement site, in
Djugu territory, [[23 of them children|killed;a=the provincial government]], according to the
provincial government, which blamed the CODECO militia. The army's spokesman in Ituri, Lieutenant
Guy Tsongo, said [[three assailants|killed;a=Lieutenant Guy Tsongo]] had been killed when troops
arrived. The site, opened in {{2019}}, housed [[more than 3,000 displaced people|displaced]]; the
attackers burned [[about 200 shelters|housing]]. Dhessi's husband is among
[[14 people|missing;a=the site's committee]] still unaccounted for, the site's committee said.
She and [[roughly 1,800 other residents|displaced]] have since walked to Bule, {{5 km}} away, where
UN peacekeepers keep a base.
""",
)

item(
    "Attack on artisanal gold site near Lopa",
    """
MONGBWALU, DR Congo - Militiamen from the CODECO faction known as URDPC killed
[[at least 11 miners|killed;a=the mine's manager]] at an artisanal gold site near Lopa, {{15 km}}
from Mongbwalu, on Friday, the mine's manager said. [[Dozens of diggers|missing;a=the mine's manager]] were
missing, he said, some of them probably trapped in shafts where they had hidden. The site, where
[[around 2,000 people|civilians]] lived and worked, produced about {{4 kg}} of gold a week. The
attackers carried off [[12 generators|other]] and [[a dozen water pumps|other;u=other]]. Police in
Mongbwalu said they had arrested [[five men|arrested;a=Police in Mongbwalu]] suspected of guiding
the fighters to the site. [[Between 200 and 300 diggers|displaced]] walked to Mongbwalu after the attack. Traders said gold was selling at about {{$60}} a gram in Mongbwalu
before the attack.
""",
)

item(
    "CODECO and Zaire militias clash around Fataki",
    """
Fighting between CODECO and the rival Zaire militia around Fataki, in Djugu territory, killed
[[at least 17 fighters|killed;a=local sources]] on both sides and
[[four civilians|killed;a=local sources]] between Tuesday and Thursday, local sources said. The
army estimates that CODECO has
[[between 2,000 and 3,000 fighters|combatants;a=The army]], split among rival factions, while
Zaire, formed in {{2020}} to defend Hema villages, claims
[[about 1,500 members|combatants;a=Zaire]]. [[Over 8,000 households|displaced;a=OCHA]] fled the
fighting towards Fataki and Bule, OCHA said, and [[27 villages|housing;u=other;a=OCHA]] were burned. [[Hundreds of cattle|other;u=other]] were driven off by the fighters, and [[about 12,000 people|civilians;a=the Red Cross]] were cut off in Fataki itself, the Red Cross said. The clashes were the worst in the area since {{September 2023}}, when a ceasefire
brokered by the provincial authorities broke down after {{six weeks}}.
""",
)

item(
    "Night vigil at Komanda church ends in massacre",
    """
KOMANDA, DR Congo, {{July 27}} (Reuters) - ADF fighters stormed a Catholic church in Komanda, in
Ituri's Irumu territory, during a night vigil, killing
[[at least 38 worshippers|killed;a=a civil society coordinator]], a civil society coordinator in
Komanda told Reuters. The army had earlier given a toll of [[21|killed;a=The army]], but
[[17 more bodies|killed]] were found on Sunday in houses nearby that the attackers had set on
fire. [[Several dozen wounded|injured;a=the mission;alt=MONUSCO]] were flown to Bunia, {{75 km}} to the north, by
MONUSCO helicopters, the mission said. The parish priest said
[[about 10 people|kidnapped;a=The parish priest]] had been led away, most of them teenagers from the choir. The attackers also burned [[at least 20 houses|housing]] and
several shops near the church before withdrawing at around {{3am}}.
""",
)

item(
    "More than a hundred CODECO fighters lay down arms",
    """
BUNIA - [[More than 120 CODECO fighters|combatants;a=the army]] have surrendered at Djaiba, in
Djugu territory, handing over [[47 weapons|other;a=the army]], among them
[[three machine guns|other;a=the army]], the army said on Friday.
[[Thirty-five of them|combatants;n=-;a=the child protection officer of MONUSCO's Bunia office]] are minors, according to the child protection officer of
MONUSCO's Bunia office. The fighters will stay at a transit camp in Bunia built for
[[500 ex-combatants|capacity]] until they are registered by the P-DDRCS, the national
disarmament programme. Each is to receive a reinsertion kit worth {{$150}}. The programme's provincial coordinator, Espérance Ngabu, said it planned to demobilise [[5,000 fighters|combatants;p;a=Espérance Ngabu]] in Ituri by the end of {{2026}}, though [[only about 900|combatants;a=Espérance Ngabu]] have gone through its camps so far.
""",
)

item(
    "Hema and Lendu delegates sign pledge in Aru",
    """
ARU, DR Congo - Delegates of the Hema and Lendu communities ended {{four days}} of talks in Aru on
Saturday with a pledge to reopen the markets of Djugu territory, closed to one community or the
other since {{2019}}. The dialogue, the {{third}} of its kind since violence flared again in
{{December 2017}}, was funded by the European Union with {{€1.2 million}}. A Hema chief,
{{aged 72}}, and a Lendu elder signed the text on behalf of their communities. Organisers said
{{about 70 percent}} of Djugu's markets had been shut at some point in the past {{five years}}.
Follow-up talks are due in Bunia on {{15 October}}.
""",
)

item(
    "Militia attack on Tche site drives thousands to Rhoe",
    """
BUNIA, DR Congo (AFP) - CODECO militiamen killed [[at least 29 people|killed;a=a local official]]
in an attack on the Tche displacement site near Drodro, in Djugu territory, a local official told
AFP on Monday. The site had been home to
[[about 4,000 displaced people|displaced;a=a local official]], he said. In the {{48 hours}} that
followed, [[more than 16,000 people|displaced;a=UNHCR]] fled towards Rhoe, according to UNHCR,
which said the site there, laid out for [[8,000|capacity;a=UNHCR]], was now sheltering
[[nearly 30,000|displaced;a=UNHCR]]. The agency said it had recorded
[[at least 14 cases|other;a=The agency;alt=UNHCR]] of sexual violence during the flight. Relatives said [[about 40 people|missing;a=Relatives]] from the Tche site were still unaccounted for. Aid
groups trucked in [[40,000 litres|aid]] of water a day from Bunia, {{65 km}} away.
""",
)

item(
    "Ituri lawmakers weigh the state of siege",
    """
KINSHASA - [[At least 2,780 civilians|killed;a=a parliamentary commission]] have been killed in
Ituri since the province was placed under a state of siege in {{May 2021}}, a parliamentary
commission said in a report on Tuesday. The army had deployed
[[about 12,000 troops|combatants;a=the commission;alt=a parliamentary commission]] to the province,
the commission wrote, yet [[more than 60 villages|other;a=the commission;alt=a parliamentary commission]]
in Djugu and Irumu remained under the control of armed groups. The report said military courts
had tried [[312 soldiers|arrested;a=The report;alt=a parliamentary commission]] for desertion, looting or abuses against
civilians and that [[98 of them|arrested;n=-;a=The report;alt=a parliamentary commission]] were serving prison terms. Spending on the
state of siege reached {{$400 million}} over {{three years}}, it added. The commission recommended lifting the measure in Aru and Mahagi territories.
""",
)

item(
    "Gold traders seized on the Bunia-Mahagi road",
    """
Armed men stopped a minibus on the {{RN27}} between Bunia and Mahagi on Wednesday and abducted
[[seven gold traders|kidnapped;a=the Mahagi territory administrator]], the Mahagi territory
administrator said. The kidnappers demanded a ransom of {{$40,000}}, relatives said.
[[Four of them|kidnapped;n=-;a=police]] were freed on Sunday in a forest near Nioka after a police
operation, police said, and [[two suspects|arrested;a=police]] were arrested. The other
passengers, [[11 people|other]] including the driver, were robbed and released. It was the
{{third}} kidnapping on the road since January, traders' associations said.
""",
)

item(
    "Peacekeepers repel militia raid on Rhoe site",
    """
MONUSCO peacekeepers repelled an attack by CODECO militiamen on the Rhoe displacement site, in
Djugu territory, where [[some 65,000 displaced people|displaced;a=the mission;alt=MONUSCO]] live, the mission
said in a statement on Friday. [[Two attackers|killed;a=the mission;alt=MONUSCO]] were killed and
[[one peacekeeper|injured;a=the mission;alt=MONUSCO]] was slightly wounded in the exchange of fire, which
lasted {{about 40 minutes}}, the mission said. [[Seven residents|injured]] were hurt in the panic
as people ran for the base. The mission keeps
[[about 300 Bangladeshi and Nepalese troops|combatants;a=the mission;alt=MONUSCO]] at Rhoe, it said, and has
carried out [[28 night patrols|other;u=other;a=the mission;alt=MONUSCO]] around the site since {{1 March}}.
""",
)

item(
    "Fishing village on Lake Albert burned",
    """
TCHOMIA, DR Congo - Militiamen crossed from the hills above Lake Albert before dawn on Tuesday and
killed [[nine fishermen|killed;a=the chief of the Tchomia fishing port]] as they pulled in their
nets, the chief of the Tchomia fishing port said. The attackers burned
[[17 canoes|other;a=the chief of the Tchomia fishing port]] and [[about 60 huts|housing;a=the chief of the Tchomia fishing port]] in the village of Kasenyi, he said,
home to [[roughly 1,500 people|civilians]]. Most of the residents crossed by boat
to Uganda, {{30 km}} across the water, or walked to Tchomia. The Ugandan district of Kikuube
registered [[412 arrivals|displaced;a=The Ugandan district of Kikuube]] from Kasenyi by Thursday. Ugandan police said [[between 300 and 400 people|displaced;a=Ugandan police]] had crossed in a single night.
""",
)

item(
    "Who are CODECO?",
    """
CODECO began in the {{1970s}} as an agricultural cooperative among Lendu farmers in Djugu
territory and took up arms in {{2017}}, reviving the conflict that had torn the territory apart between {{1999}} and {{2003}}. Its leader, a self-styled prophet, was killed in {{March 2020}}, after which
the group splintered. The UN Group of Experts said in its {{2023}} report that some factions
taxed gold at up to {{10 percent}} of its value and charged {{5,000 Congolese francs}} at
roadblocks. Several commanders are still in their {{early 30s}}. The Security Council renewed its
sanctions regime, which dates to {{Resolution 1533}}, for another {{12 months}} in {{June 2025}}.
""",
)
