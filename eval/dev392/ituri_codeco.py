"""Ituri's Djugu and Mahagi: CODECO, the displacement sites and the UN bases (dev392)."""

from _wrap import item

item(
    "CODECO raiders kill dozens at Plaine Savo displacement site",
    """
Militiamen of the CODECO armed group stormed the Plaine Savo displacement site in Ituri's Djugu
territory in the early hours of {{February 2, 2022}}, killing [[at least 58 people|killed;a=local
officials]] with machetes and guns, local officials said. The Red Cross said its volunteers had
buried [[62 bodies|killed;a=The Red Cross]] by nightfall, among them [[17 children|killed;a=The
Red Cross]]. [[Thirty-six wounded|injured;a=Médecins Sans Frontières]] were evacuated to the
hospital in Drodro, Médecins Sans Frontières said. The site, about {{15 km}} from the nearest
MONUSCO base, had sheltered [[some 4,500 displaced people|displaced]] who fled earlier attacks in
the Bahema Badjere chiefdom. By the next morning [[nearly 3,000|displaced;a=UN peacekeepers]] had
walked to the base at Roe, UN peacekeepers said. "They came at {{2am}} and set fire to the
shelters; we counted [[more than 700 shelters|housing;a=Dieudonné Lossa]] burned," said Dieudonné
Lossa, the site's president.
""",
)

item(
    "Night attack on Lala camp near Bule leaves 46 dead",
    """
Assailants the army identified as CODECO fighters raided the Lala displacement camp near Bule, in
Djugu territory, on the night of {{June 12, 2023}}, hacking and shooting [[46 people|killed;a=Lieutenant
Jules Ngabu]] to death, Lieutenant Jules Ngabu, the army's spokesman in Ituri, said. Local civil
society put the toll at [[more than 50|killed;a=Local civil society]] and said [[seven
people|missing;a=Local civil society]] were still unaccounted for. The camp held [[about 3,200
households|displaced;a=OCHA]], according to OCHA, and [[at least 1,100 shelters|housing;a=OCHA]]
were burned. Peacekeepers from the nearby Djaiba base drove off the attackers and escorted [[some
2,000 survivors|displaced;a=MONUSCO]] to the base, MONUSCO said. [[Another 11 wounded|injured]]
were flown to Bunia by helicopter. "We had asked for a patrol at night for {{three weeks}}," said a
camp leader, who asked not to be named.
""",
)

item(
    "Displaced crowd around UN bases in Djugu as raids continue",
    """
[[More than 70,000 people|displaced;a=the UN mission;alt=MONUSCO]] are now sheltering in sites
next to MONUSCO bases in Djugu territory, the UN mission said on {{Tuesday, March 14}}. The largest
site, at Roe, holds [[about 28,000 residents|displaced]], up from [[9,000|displaced]] a year
earlier, and Plaine Savo holds [[nearly 19,000|displaced]]. Peacekeepers patrol a perimeter of
about {{2 km}} around each base but cannot protect the roads to the fields, a mission spokesperson
told AFP. In all, [[11 sites|capacity;a=OCHA]] across Djugu and Mahagi sit within reach of a UN
base, according to OCHA, which counts [[1.1 million displaced people|displaced;a=OCHA]] in the
province. Humanitarians say [[at least 400 new latrines|aid;p;a=Humanitarians]] are needed at Roe
alone.
""",
)

item(
    "CODECO fighters torch villages in Bahema Nord and seize women",
    """
CODECO fighters burned [[more than 300 homes|housing;a=Jean-Pierre Bikilisende]] in [[three
villages|other;a=Jean-Pierre Bikilisende]] of the Bahema Nord chiefdom over the weekend, said
Jean-Pierre Bikilisende, the chiefdom's head. He said [[at least nine villagers|killed;a=Jean-Pierre
Bikilisende]] were killed and [[14 women|kidnapped;a=Jean-Pierre Bikilisende]] taken into the bush
towards Walendu Djatsi, along with [[200-250 head of cattle|other;a=Jean-Pierre Bikilisende]]. The army said it had freed [[six of the women|kidnapped;a=The army]] by
{{Monday}} evening. [[Two soldiers|killed;a=the army]] died in a counter-attack near Largu, the army
added. Families fled towards Bunia, and the local relief committee registered [[about 1,800
households|displaced;a=the local relief committee]] arriving on the town's outskirts within {{48
hours}}.
""",
)

item(
    "Ituri's state of siege turns three as lawmakers question its cost",
    """
Ituri marked the {{third}} anniversary of the state of siege on {{May 6, 2024}}, {{36 months}}
after President Felix Tshisekedi handed the province to a military governor. Parliament has
extended the measure every {{15 days}} since {{2021}}. Lawmakers from Ituri say the security
budget for the province rose to {{$21 million}} in {{2023}}, but that only {{38%}} of it reached
units on the ground. A report by the National Assembly's defence committee, its {{12th}} on the
subject, recommended ending the measure within {{six months}}. The provincial assembly, suspended
since {{2021}}, did not sit for a {{third}} consecutive year.
""",
)

item(
    "Militia clashes near Mungwalu gold sites leave miners dead",
    """
Fighting between CODECO and the Zaïre militia around gold-mining sites near Mungwalu killed [[at
least 23 people|killed;a=the Kivu Security Tracker]], most of them artisanal miners, the Kivu
Security Tracker said in its weekly update. The tracker recorded [[a further 12 wounded|injured;a=The
tracker;alt=Kivu Security Tracker]] and said [[between 40 and 50 miners|missing;a=The
tracker;alt=Kivu Security Tracker]] had not been seen since the attack on the Pili-Pili site.
Local sources said Zaïre fighters had held [[about 30 miners|kidnapped;a=Local sources]] for ransom
for {{three days}}. The army said it had sent [[some 200 troops|combatants;a=The army]] to secure
the road to Bunia. [[About 6,000 people|displaced]] have left the mining villages, and [[roughly
10,000 residents|civilians]] of Mungwalu itself are cut off. Gold output at Mungwalu, which used to
produce about {{40 kg}} a month, has halved.
""",
)

item(
    "UNHCR monitors record surge in abuses in Djugu and Irumu",
    """
UNHCR said on {{Friday}} its monitors had recorded [[1,342 civilians|killed;a=UNHCR]] killed and
[[more than 400 people|kidnapped;a=UNHCR]] abducted in Djugu and Irumu territories between January
and September, a rise of {{32 percent}} on the same period of {{2022}}. The agency counted [[3,870
houses|housing;a=The agency;alt=UNHCR]] burned or destroyed and said [[26 schools|other;a=The
agency;alt=UNHCR]] had been occupied by armed men. CODECO factions were blamed for {{58%}} of the
incidents and ADF fighters for most of the rest. In Irumu alone, [[some 120,000 people|displaced]]
fled their homes over the {{nine months}}, and [[fewer than 5,000|returned]] had gone back by the end
of September.
""",
)

item(
    "MSF's Bunia hospital overwhelmed after attacks around Fataki",
    """
Médecins Sans Frontières said its surgical teams at Salama hospital in Bunia had treated [[87
people|injured;a=Médecins Sans Frontières]] with gunshot and machete wounds in {{ten days}}, after a
string of attacks around Fataki. Of those, [[31|injured;a=the charity;alt=Médecins Sans
Frontières]] were children, the charity said, and [[five|killed;a=the charity;alt=Médecins Sans
Frontières]] died of their injuries. The hospital was designed for [[60 patients|capacity]] but is
caring for [[more than 140|other]]. Local authorities in Fataki said [[at least 19
civilians|killed;a=Local authorities in Fataki]] had been killed in the attacks, blamed on CODECO,
and [[around 9,000 people|displaced;a=Local authorities in Fataki]] had fled to Bunia and Largu.
"Some came on foot for {{two days}} with bullets still in them," an MSF surgeon said.
""",
)

item(
    "Some families go back to Djugu villages as army outposts multiply",
    """
[[About 12,000 displaced people|returned;a=the International Organization for Migration]] have
gone back to villages in the Walendu Pitsi and Bahema Nord chiefdoms since March, the International
Organization for Migration said, as the army set up new outposts along the road to Fataki. IOM
teams counted [[2,350 households|returned;a=IOM teams]] in {{46}} villages over {{four weeks}}. The
army said it had built [[14 new outposts|other;a=The army]] in the area since {{January 2023}}. But
[[more than 40,000 people|displaced;a=IOM]] remain at the Roe and Plaine Savo sites, IOM said. The
provincial government plans to rebuild [[some 600 homes|housing;p;a=The provincial government]] at a
cost of {{$1.4 million}}. Returnees told Radio Okapi that [[three farmers|killed;a=Returnees]] had
been killed in their fields last week.
""",
)

item(
    "Kigonze site in Bunia swells past 20,000 after Djugu attacks",
    """
The Kigonze displacement site, on the edge of Bunia, now shelters [[more than 20,000
people|displaced;a=site managers]], site managers said, after [[some 5,600|displaced;a=site
managers]] arrived in the past {{two weeks}}. The site was laid out for [[8,000|capacity]]. Only [[96
latrines|aid;a=Solidarités International]] serve the whole site, according to the aid group
Solidarités International, which says [[at least 300|aid;p;u=other;a=Solidarités International]]
are needed. Aid agencies handed out [[2,400 household kits|aid]] last week. A {{14-year-old}} girl
was among [[four people|kidnapped;a=police]] abducted near the site's water point on {{Sunday}},
police said. "We sleep {{ten}} to a tent," said one woman who arrived from Pimbo.
""",
)

item(
    "Army says 27 CODECO fighters killed in Djugu offensive",
    """
The Congolese army said on {{Sunday}} it had killed [[27 CODECO fighters|killed;a=The Congolese
army]] and captured [[nine|arrested;a=The Congolese army]] in a {{four-day}} operation around Pimbo,
in Djugu territory. [[Three soldiers|killed;a=Lieutenant Jules Ngabu]] were killed and
[[seven|injured;a=Lieutenant Jules Ngabu]] wounded, Lieutenant Jules Ngabu, the army's spokesman in
Ituri, told Reuters. Troops also recovered [[18 weapons|other]] and a radio set. CODECO's political
wing, the URDPC, disputed the toll and said [[five of its members|killed;a=CODECO's political wing]]
had died, all of them civilians. The Kivu Security Tracker could not verify either count. Residents
said [[dozens of families|displaced;a=Residents]] had fled Pimbo towards Fataki during the
fighting.
""",
)

item(
    "Security Council extends MONUSCO mandate for another year",
    """
The UN Security Council voted on {{December 19}} to extend MONUSCO's mandate until {{December
2026}}, adopting Resolution {{2765}} by {{15 votes to none}}. The mission, deployed since {{1999}},
will keep its bases in Ituri and North Kivu but close its offices in South Kivu. Its budget for
{{2025-26}} is about {{$1.1 billion}}, down {{6%}} on the year before. The resolution's {{17th}}
paragraph asks the mission to give priority to protecting displacement sites. Council members will
hear a report on the mission in {{90 days}}.
""",
)

item(
    "OCHA flash update: 41 killed in attacks on three sites in Djugu",
    """
Attacks on three displacement sites in Djugu territory on {{10 and 11 May}} killed [[41
civilians|killed;a=OCHA]] and wounded [[at least 29|injured;a=OCHA]], OCHA said in a flash update.
The sites, at Dhendro, Ivo and Bule, sheltered [[about 14,000 people|displaced;a=the
office;alt=OCHA]], according to the office. [[More than 500 shelters|housing]] were burned, along
with [[two health posts|other;u=structure]]. In all, [[about 22,000 people|civilians;a=the office;alt=OCHA]] in
the surrounding villages are affected, the office said. [[Some 8,500 people|displaced]] have moved
to the Roe site, where [[a further 3,000|displaced;p]] are expected this week. Humanitarian
partners plan to deliver emergency shelter kits to [[2,000 households|aid;p;a=Humanitarian
partners]].
""",
)

item(
    "Peacekeepers free abducted villagers after CODECO raid near Nizi",
    """
UN peacekeepers and Congolese soldiers freed [[17 hostages|kidnapped;a=MONUSCO]] held by CODECO
fighters near Nizi, MONUSCO said on {{Thursday}}, {{five days}} after the group raided [[two
villages|other;a=MONUSCO]] in the Mabendi area. Among those freed were [[eight women|kidnapped]] and
[[six children|kidnapped]]. The mission said [[one peacekeeper|injured;a=The mission;alt=MONUSCO]]
was lightly wounded in the operation. Villagers say [[at least 30 people|kidnapped;a=Villagers]]
were taken in the raid, which would mean [[about a dozen|missing;a=Villagers]] remain unaccounted
for. "They took my sisters and my cousins," said a {{19-year-old}} student at the Nizi base.
""",
)

item(
    "Hundreds of CODECO fighters hand in weapons at Djugu assembly site",
    """
[[Nearly 400 CODECO fighters|combatants;a=the P-DDRCS disarmament programme]] have reported to the
Diango assembly site in Djugu since April, the P-DDRCS disarmament programme said. They handed in
[[212 weapons|other]], most of them homemade shotguns, and [[about 3,000 rounds|other]] of
ammunition. The site was built for [[250 people|capacity]] and food runs out every {{ten days}}.
Among the fighters are [[46 children|combatants]], who were handed over to UNICEF. The ALC, a rival
CODECO faction, said it still had [[thousands of men|combatants;a=The ALC]] under arms and would not
disarm. The programme aims to reintegrate [[1,500 former fighters|combatants;p;a=The programme;alt=P-DDRCS]] in
Ituri by {{2026}}.
""",
)

item(
    "Cholera spreads in Djugu camps as attacks cut off health centres",
    """
Health authorities in Ituri have recorded [[1,260 suspected cholera cases|other;a=Health
authorities in Ituri]] and [[28 deaths|killed;a=Health authorities in Ituri]] in displacement sites
across Djugu since {{January 1}}. The outbreak is worst at Rhoe, where [[some 65,000
people|displaced]] live in [[about 9,000 shelters|capacity]] on a hillside. MSF said armed attacks
had forced [[11 health centres|other;a=MSF]] in the territory to close. UNICEF said it would send
[[20 tonnes|aid;p;a=UNICEF]] of chlorine and water-treatment tablets. [[Two nurses|killed]] were
killed when CODECO fighters attacked a clinic at Lopa last month. Rains are expected to peak within
{{three weeks}}.
""",
)

item(
    "Gunmen kill eight at gold site near Lopa, burn huts",
    """
Gunmen believed to belong to CODECO killed [[eight people|killed;a=Jean Bosco Lalo]] and wounded
[[five|injured;a=Jean Bosco Lalo]] at a gold-mining site near Lopa on {{Monday}} night, according to
Jean Bosco Lalo, the head of Ituri's civil society. He said they also set fire to [[about 40
huts|housing;a=Jean Bosco Lalo]] and stole [[a dozen motorbikes|other;a=Jean Bosco Lalo]]. The army
said it had arrested [[two suspects|arrested;a=The army]] at a checkpoint on the Bunia road. Lopa, a town of [[about 12,000
people|civilians]], has been without a health centre since the raid. Since
{{January 1}}, [[more than 150 civilians|killed;a=the Kivu Security Tracker]] have been killed in
Djugu, according to the Kivu Security Tracker. [[About 700 miners|displaced]] left the site for
Mongbwalu the next day.
""",
)
