"""The central Sahel as a whole: ACLED's and the NRC's counts, HRW's reports, closed schools,
the UN appeal, the Alliance of Sahel States' force, jihadist infighting, refugees in the coastal
states, returns, Wagner, abductions, the disappeared, aid workers and hunger (16 texts, 2 with no
figure)."""

from _wrap import item

item(
    "Central Sahel deaths hit a record as violence spreads south, ACLED says",
    """
Political violence in Burkina Faso, Mali and Niger killed [[more than 11,200 people|killed;a=ACLED]]
in {{2024}}, the highest toll since the crisis began in {{2012}}, according to ACLED. The data
project said Burkina Faso alone accounted for [[about 7,600 deaths|killed;a=The data
project;alt=ACLED]]. It recorded [[nearly 3,800 violent events|other;u=other;a=ACLED]] across
the three countries. [[More than 1,000 people|kidnapped]] were abducted in Burkina Faso, most of
them by JNIM. The group counted [[at least 290 deaths|killed;a=The group;alt=ACLED]] in northern
Benin and Togo, up from [[about 120|killed;a=The group;alt=ACLED]] a year earlier. Civilians were
the targets in roughly a third of all events.
""",
)

item(
    "Burkina Faso tops NRC's list of neglected displacement crises again",
    """
Burkina Faso is the world's most neglected displacement crisis for the second year running, the
Norwegian Refugee Council said on {{June 3, 2024}}. [[About 2 million people|civilians;a=the
council;alt=Norwegian Refugee Council]] live in [[more than 40 towns|other;a=the council;alt=Norwegian
Refugee Council]] under blockade by armed groups, the council said. [[More than 2
million|displaced]] have been forced from their homes. Its secretary general, Jan Egeland, said
[[hundreds of thousands|civilians;a=Jan Egeland]] were going hungry behind the blockades "with
the world looking away". The appeal for Burkina Faso was only {{37%}} funded in {{2023}}, the
council said. Across the three juntas' countries, [[about 3.3 million people|displaced]] are
displaced internally and [[some 400,000|displaced]] are refugees in neighbouring states.
""",
)

item(
    "HRW documents massacres by soldiers and jihadists in Burkina Faso",
    """
Burkinabe soldiers killed [[at least 223 villagers|killed;a=Human Rights Watch]], including [[56
children|killed;a=Human Rights Watch]], in Nondin and Soro, in Yatenga province, on {{February
25, 2024}}, Human Rights Watch said in a report. Survivors said [[about 20
wounded|injured;a=Survivors]] were taken to Ouahigouya. [[About 400 residents|displaced]] fled Soro in the
following days. In a separate report the rights group said JNIM and Islamic State Sahel had
killed [[hundreds of civilians|killed;a=the rights group;alt=Human Rights Watch]] in attacks on
villages, displacement camps and convoys since {{2023}}. It documented an attack on a
displacement camp near Kaya in which [[at least 45 displaced people|killed;a=Human Rights
Watch]] died and [[more than 60 shelters|housing;a=Human Rights Watch]] were burned. The
authorities suspended the BBC and Voice of America for two weeks over their coverage of the
report.
""",
)

item(
    "More than 9,000 schools closed across the central Sahel, UNICEF says",
    """
[[More than 9,000 schools|other;a=UNICEF]] were closed in Burkina Faso, Mali and Niger by
{{mid-2025}}, affecting [[about 1.9 million children|civilians;a=UNICEF]] and [[60,000
teachers|civilians;a=UNICEF]], UNICEF said. It verified [[112 attacks|other;u=other;a=UNICEF]]
on schools in {{2024}}, and [[at least 50 teachers|killed;a=UNICEF]] have been killed since
{{2020}}. In Burkina Faso, [[about 1,000 schools|other;a=the education ministry]] reopened during
the year, the education ministry said. The World Health Organization said [[about 850 health
facilities|other;a=The World Health Organization]] were closed or only partly working in the
three countries. Girls aged {{12 to 17}} are the most likely never to return to class, the
agency said.
""",
)

item(
    "UN seeks more than $2 billion for central Sahel as needs climb",
    """
The UN and its partners need {{$2.1 billion}} in {{2025}} to help [[about 8.2 million
people|aid;p;v=8200000;a=OCHA]] in Burkina Faso, Mali and Niger, OCHA said in its regional appeal. [[Some
11 million people|civilians;a=OCHA]] need humanitarian assistance across the three countries,
[[6 million|civilians;a=OCHA]] of them children, it said. Last year aid agencies reached [[5.1
million people|aid]]. The UN Humanitarian Air Service carried [[about 30,000
passengers|other]] and [[2,400 tonnes|aid]] of cargo into areas cut off by armed groups. OCHA
warned that funding cuts could force agencies to stop serving [[1.4 million
people|aid;p;a=OCHA]] by mid-year.
""",
)

item(
    "Sahel juntas announce joint force of 5,000 troops",
    """
Niger's defence minister said on {{January 21, 2025}} that the Alliance of Sahel States would
field a joint force of [[5,000 troops|combatants;p;a=Niger's defence minister]] with its own
aircraft and intelligence unit. Analysts said the three armies together have [[fewer than
100,000 soldiers|combatants;a=Analysts]]. Burkina Faso says it has [[more than 90,000
VDP|combatants;a=Burkina Faso]] alongside its army. The {{G5}} Sahel force, which the juntas left in
{{2022}} and {{2023}}, had [[about 5,000 soldiers|combatants]] on paper but rarely operated across
borders. In December, the alliance said its force had killed [[more than 40
terrorists|killed;a=the alliance;alt=the Alliance of Sahel States]] in its first operation. Russia's
Africa Corps has [[some 2,500 personnel|combatants;a=Western officials]] in the region, Western
officials estimate.
""",
)

item(
    "Jihadist rivals fight for ground in the border zone",
    """
Clashes between JNIM and Islamic State Sahel killed [[at least 150 fighters|killed;a=local
sources]] in the Ménaka and Oudalan areas in {{April and May 2025}}, local sources told AFP.
Each group is thought to have [[several thousand fighters|combatants]] in the region. JNIM said
it had captured [[44 Islamic State fighters|kidnapped;a=JNIM]]. The fighting forced [[about 9,000
people|displaced;a=IOM]] from their villages, IOM said. Local sources said [[about 60 wounded fighters|injured;a=Local sources]] were carried across the border into Niger. Herders said [[thousands of
cattle|other;a=Herders]] had been seized by both sides. UN monitors estimate JNIM has [[between
5,000 and 6,000 fighters|combatants;a=UN monitors]] across the Sahel.
""",
)

item(
    "Refugees from Burkina Faso flow into coastal West Africa",
    """
Côte d'Ivoire was hosting [[more than 60,000 refugees|displaced;a=UNHCR]] from Burkina Faso by
{{mid-2024}}, UNHCR said. Ghana's refugee board said it had registered [[about 12,000 Burkinabe
asylum seekers|displaced;n=asylum seekers;a=Ghana's refugee board]]. In northern Togo, the government said [[some
40,000 people|displaced;a=the government]] had been displaced by jihadist attacks. Ivorian
authorities built [[two sites|capacity]] at Niornigué and Timalah to house [[up to 20,000
refugees|capacity]]. Ghana sent back [[about 500 Burkinabe|returned;a=Amnesty International]]
in {{July 2023}}, Amnesty International said, in breach of the principle of non-refoulement. Benin's government said [[about 7,500 Burkinabe|displaced;a=Benin's government]] had sought refuge in its northern departments.
""",
)

item(
    "Few refugees go home to Mali as fighting continues",
    """
[[About 3,400 Malian refugees|returned;a=UNHCR]] went home from Burkina Faso, Niger and
Mauritania in {{2024}}, UNHCR said, far fewer than the [[more than 70,000|displaced;a=UNHCR]]
who fled Mali in the same period. In Mali, the government says [[about 140,000 internally
displaced|returned;a=the government]] have gone home since {{2022}}. IOM said [[more than 2,000 households|returned;a=IOM]] had returned to villages around Mopti. Burkina Faso's government
said [[1,500 Burkinabe refugees|returned;a=Burkina Faso's government]] had come back from Côte
d'Ivoire on buses it chartered. In Douentza district, [[11 returnees|killed;a=local officials]]
were killed in an attack in June, according to local officials. UNHCR does not promote
returns to the region, where [[about 380,000 people|displaced]] remain displaced.
""",
)

item(
    "Report details Wagner abuses in Mali as Africa Corps takes over",
    """
Operations involving Wagner fighters in Mali left [[at least 2,400 civilians|killed;a=ACLED]]
dead between {{December 2021}} and {{June 2025}}, according to ACLED data cited in a report by
the Washington-based group The Sentry. The group said Wagner had [[about 1,200
fighters|combatants;a=The group;alt=The Sentry]] in Mali at its peak. Refugees in Mauritania told
investigators that [[more than 30 men|missing;a=Refugees in Mauritania]] from their villages had
disappeared after being detained. In Hombori, soldiers and Russian fighters detained [[about 100
men|arrested]] at a market in {{April 2022}}. The report said soldiers and Wagner fighters had
burned [[more than 500 homes|housing;a=The report]] in central Mali. Russia's Africa Corps, which
replaced Wagner in {{June 2025}}, is believed to have [[about 2,000 personnel|combatants]] in
Mali.
""",
)

item(
    "Mass abductions become a weapon in the central Sahel",
    """
Armed groups abducted [[more than 1,800 people|kidnapped;a=ACLED]] in Burkina Faso, Mali and
Niger in {{2024}}, according to ACLED. In one of the largest incidents, JNIM fighters seized
[[about 40 passengers|kidnapped]] from [[two buses|other]] near Bandiagara in December. In
Niger, gunmen abducted [[more than 50 women|kidnapped;a=residents]] collecting firewood near
Banibangou, residents said. Families pay ransoms of up to {{1 million CFA francs}}. Burkina
Faso's army said it had freed [[312 hostages|kidnapped;a=Burkina Faso's army]] during the year.
Aid agencies said [[at least 17 aid workers|kidnapped;a=Aid agencies]] were held by armed groups
at the end of December.
""",
)

item(
    "Families of the disappeared in Burkina and Mali demand answers",
    """
[[At least 86 people|missing;a=Amnesty International]] have disappeared after being detained by
security forces or the VDP in Burkina Faso since {{2023}}, Amnesty International said. In Mali,
the Association of Victims of Enforced Disappearances said it had registered [[about 240 missing
men|missing;a=the Association of Victims of Enforced Disappearances]]. The International Committee
of the Red Cross said it was tracing [[more than 4,000 people|missing;a=The International
Committee of the Red Cross]] across the three countries on behalf of their families. It reunited
[[268 children|other;a=The International Committee of the Red Cross]] with their families in
{{2024}}. In Djibo, relatives said [[12 men|missing;a=relatives]] detained at a checkpoint in
June had not been seen since. [[Seven bodies|killed]] found in a well near Kaya in
August were identified as men who had been arrested weeks earlier.
""",
)

item(
    "Attacks on aid workers rise in the central Sahel",
    """
[[Fourteen aid workers|killed;a=OCHA]] were killed in Burkina Faso, Mali and Niger in {{2024}},
and [[23|kidnapped;a=OCHA]] abducted, OCHA said. Humanitarian groups recorded [[more than 150
incidents|other;u=other;a=Humanitarian groups]] affecting aid operations. Médecins Sans
Frontières said [[two of its staff|killed;a=Médecins Sans Frontières]] were shot dead near
Djibo, and suspended its work in the town, where it had treated [[about 3,000 patients a
month|aid;a=Médecins Sans Frontières]]. A convoy of [[12 WFP trucks|aid]] was attacked near Fada
N'Gourma in October, and [[one driver|killed]] was killed. The humanitarian coordinator said
the attacks were "unacceptable".
""",
)

item(
    "Tens of thousands face famine conditions in blockaded Sahel towns",
    """
[[About 42,700 people|civilians;a=the Cadre Harmonisé]] in blockaded towns of Burkina Faso,
including Djibo, faced catastrophic hunger in the {{2023}} lean season, according to the Cadre
Harmonisé, the region's food security analysis. Across the central Sahel, [[some 6.7 million
people|civilians;a=the analysis;alt=the Cadre Harmonisé]] were in crisis or worse, the analysis
found. The WFP said it had carried out [[40 airdrops|aid;a=The WFP]] over Djibo and delivered
[[more than 3,500 tonnes|aid;a=The WFP]] of food by helicopter. Save the Children said [[about
250,000 children|civilians;a=Save the Children]] under five were acutely malnourished. A local
doctor said [[more than 100 children|killed;a=A local doctor]] had died of malnutrition in
Djibo's health centres. A bag of rice costs {{60,000 CFA francs}} there.
""",
)

item(
    "Sahel juntas to leave the International Criminal Court",
    """
Burkina Faso, Mali and Niger announced on {{September 22, 2025}} that they would withdraw from
the International Criminal Court, calling it "an instrument of neo-colonial repression". Under
Article {{127}} of the Rome Statute, a withdrawal takes effect one year after the UN
Secretary-General is notified. The ICC has had an investigation open in Mali since {{January
2013}}. The juntas said they would set up a Sahelian criminal and human rights court.
""",
)

item(
    "Sahel juntas spend more on war as debt costs rise",
    """
Military spending in Burkina Faso, Mali and Niger rose by about {{25%}} between {{2021}} and
{{2024}}, according to the Stockholm International Peace Research Institute. Burkina Faso now
spends about {{28%}} of its budget on defence and security. Mali's regional bond issue in
{{May 2025}} paid {{9.5%}}, against {{6.25%}} four years earlier. Niger's public debt
reached {{$9.8 billion}}, or about {{50%}} of GDP, at the end of {{2024}}, the IMF said.
""",
)
