"""Fires, floods, snowstorms and evictions in camps and informal sites in Syria, Yemen, Iraq,
Afghanistan, Pakistan and Libya, 2014-2026."""

from _wrap import item

item(
    "Floods swamp nearly 200 displacement sites in north-west Syria",
    """
Heavy rain flooded [[at least 196 displacement sites|capacity;a=OCHA]] across Idlib and
northern Aleppo between {{January 17}} and {{January 20, 2021}}, OCHA said, damaging or
destroying [[more than 21,000 tents|housing;a=OCHA]] and affecting [[about 142,000
people|civilians;a=OCHA]]. [[One child|killed;a=local rescuers]] drowned in a flooded camp near
Harbanoush, local rescuers said. The White Helmets said their teams had pumped water out of
[[about 80 camps|capacity;a=The White Helmets]] and dug drainage channels. Aid groups said
[[only 5,000 tents|aid;a=Aid groups]] were left in warehouses in the region, against [[the
21,000|aid;p;n=-;u=other;a=Aid groups]] needed.
""",
)

item(
    "Heater fire kills four children in Atmeh camp",
    """
A fire caused by a heater killed [[four children|killed;a=the Syrian Civil Defence]] in a camp
for displaced families near Atmeh, on the Turkish border, the Syrian Civil Defence said on
Tuesday. The group said the blaze spread across [[seven tents|housing;a=The group;alt=the
Syrian Civil Defence]] before volunteers put it out. [[Two women|injured]] were taken to a
hospital in Bab al-Hawa with burns to {{40 per cent}} of their bodies. The group said it had
responded to [[116 fires|other;u=other;a=The group;alt=the Syrian Civil Defence]] in camps
since the start of the winter, which had killed [[nine people|killed;a=The group;alt=the
Syrian Civil Defence]] and injured [[31|injured;a=The group;alt=the Syrian Civil Defence]].
[[About 1.7 million people|displaced;a=the UN]] live in [[more than 1,500
camps|capacity;a=the UN]] in north-west Syria, according to the UN.
""",
)

item(
    "Kurdish-led forces end al-Hol sweep with 226 arrests",
    """
Kurdish-led security forces said on {{September 16, 2022}} they had arrested [[226 suspected
Islamic State members|arrested;a=Kurdish-led security forces]] during a {{24-day}} sweep of the
al-Hol camp in north-east Syria. The Syrian Democratic Forces said [[some 6,000 fighters and
police|combatants;n=fighters and police;a=The Syrian Democratic Forces]] took part, backed by
US-led coalition advisers. They said they had freed [[four Yazidi women|kidnapped;a=The Syrian
Democratic Forces]] held in tents and found the bodies of [[two women|killed;a=The Syrian
Democratic Forces]] who had been chained and tortured. The camp holds [[about 53,000
people|displaced]], most of them women and children. Separately, a fire in the camp's
{{Phase 6}} destroyed [[31 tents|housing]] last week. Camp officials said [[42
people|killed;a=Camp officials]] had been murdered in the camp since the start of the year.
""",
)

item(
    "Snow collapses tents across Idlib camps",
    """
Heavy snow collapsed [[more than 1,100 tents|housing;a=the Syria Response Coordinators
group]] in camps north of Idlib and around Azaz over the weekend, the Syria Response
Coordinators group said on {{January 20, 2022}}. The group said [[about 200 camps|capacity;a=The
group;alt=the Syria Response Coordinators group]] had been hit and [[some 110,000
people|civilians;a=The group;alt=the Syria Response Coordinators group]] affected. Temperatures
fell to {{minus 7C}} on Sunday night. [[Hundreds of thousands of people|displaced]] are still
living in tents first pitched in {{2019}}. UNICEF said it had delivered winter clothing kits to
[[48,000 children|aid;a=UNICEF]] in the region and planned to reach [[another 60,000|aid;p;a=UNICEF]]
by February. Local councils said [[over 1,400 families|displaced;a=Local councils]] had moved
into mosques and schools.
""",
)

item(
    "Cooking fire sweeps through Yemen's largest displacement camp",
    """
A fire that started in a cooking area swept through part of the Al-Jufainah displacement camp
in Marib on Sunday, burning [[about 100 shelters|housing;a=the Executive Unit for IDP Camps]],
according to the Executive Unit for IDP Camps. [[Two children|killed;a=the unit;alt=the
Executive Unit for IDP Camps]] died and [[five people|injured;a=the unit;alt=the Executive Unit
for IDP Camps]] were injured, the unit said. Al-Jufainah hosts [[about 10,000
families|displaced]], or [[roughly 60,000 people|displaced]], who fled fighting elsewhere in
Yemen. The IOM said fires had destroyed [[more than 900 shelters|housing;a=The IOM]] across
Marib's [[197 sites|capacity;a=The IOM]] in {{2023}} and injured [[45 people|injured;a=The
IOM]].
""",
)

item(
    "Yemen floods hit displacement sites in Marib, Hodeidah and Hajjah",
    """
Torrential rain and flash floods in {{August 2024}} killed [[at least 57 people|killed;a=the
UN]] across Yemen and affected [[more than 268,000|civilians;a=the UN]], the UN said, with
displacement sites in Marib, Hodeidah and Hajjah among the worst hit. In Marib alone, the IOM
said, storms damaged [[73 displacement sites|capacity;a=the IOM]] and destroyed [[about 2,700
shelters|housing;a=the IOM]]. [[Twelve people|missing]] were missing after a flash flood swept
away part of a site in Hajjah's Abs district. The agency said it had handed out emergency
shelter kits to [[4,300 households|aid;a=The agency;alt=the IOM]] and needed {{$13.3 million}}
to help [[another 100,000 people|aid;p;a=The agency;alt=the IOM]].
""",
)

item(
    "Pakistan opens 7,000 relief camps as floods spread",
    """
Pakistan's National Disaster Management Authority said on {{September 8, 2022}} that [[more
than 7,000 relief camps|capacity;a=Pakistan's National Disaster Management Authority]] had been
set up across the flooded provinces, housing [[about 600,000 people|displaced;a=Pakistan's
National Disaster Management Authority]]. The monsoon floods had killed [[1,355
people|killed;a=Pakistan's National Disaster Management Authority]], including [[458
children|killed;a=Pakistan's National Disaster Management Authority]], and injured
[[12,722|injured;a=Pakistan's National Disaster Management Authority]], it said. Sindh's health
department said it had treated [[more than 90,000 cases|other;a=Sindh's health department]] of
diarrhoea in the camps in a week. The army said its troops had evacuated [[50,000
people|displaced;a=The army]] by boat and helicopter. [[Between 8,000 and 10,000 soldiers|combatants]] have
been deployed for relief work since {{late August}}.
""",
)

item(
    "Iraq shuts Hammam al-Alil camp, sends families home",
    """
Iraq's migration ministry closed the Hammam al-Alil camp south of Mosul on {{November 11,
2020}}, sending [[about 1,600 families|returned]] back to their home areas. Since mid-October
the government has closed or reclassified [[14 camps|capacity;a=the IOM]], and [[more than
34,000 people|returned;a=the IOM]] have left them, according to the IOM. The Norwegian Refugee
Council said [[as many as 100,000 people|displaced;p;a=The Norwegian Refugee Council]] could
be left homeless by the closures. Iraq still has [[some 1.2m people|displaced;a=the
ministry;alt=Iraq's migration ministry]] displaced, the ministry says. [[Around 400
families|displaced]] from Hammam al-Alil have moved into informal settlements on the edge of
Mosul.
""",
)

item(
    "Kabul bulldozes displaced families' mud shelters",
    """
Kabul municipality bulldozers demolished [[about 250 mud shelters|housing;a=residents]] in the
Charahi Qambar informal settlement on Monday, residents said, leaving [[more than 1,500
displaced people|displaced;a=residents]] without a roof days before the first snow. The
settlement, home to [[some 800 families|displaced]] who fled fighting in Helmand and Kandahar,
has stood on government land since {{2012}}. Officials said [[40 police|combatants;a=Officials]]
had accompanied the demolition crews and that [[12 men|arrested;a=Officials]] who tried to
block them were detained. UNHCR said it hoped to relocate [[about 300 families|displaced;p;a=UNHCR]]
to a site in Deh Sabz before {{January}}.
""",
)

item(
    "Dust storm flattens tents as returnees pour in from Iran",
    """
A dust storm tore down [[dozens of tents|housing;a=the IOM]] at the Islam Qala reception
centre on Afghanistan's border with Iran on {{July 3, 2025}}, as [[more than 30,000 returnees a
day|returned;a=the IOM]] crossed from Iran, the IOM said. The agency said [[about 450,000
Afghans|returned;a=The agency;alt=the IOM]] had returned or been deported from Iran since {{June
1}}. Taliban officials said they had set up [[1,200 tents|capacity;a=Taliban officials]] to
house families waiting for transport. [[Three people|injured;a=a health official]] were hurt by
falling poles, a health official said. The World Food Programme said it was feeding [[about
25,000 people a day|aid;a=The World Food Programme]] at the crossing.
""",
)

item(
    "Rain floods camps for quake survivors in north-west Syria",
    """
Heavy rain flooded [[at least 40 camps|capacity;a=the Syrian Civil Defence]] set up for
survivors of the {{February 6}} earthquakes in north-west Syria, the Syrian Civil Defence said
on {{March 15, 2023}}. The rescue group said [[about 1,800 tents|housing;a=The rescue
group;alt=the Syrian Civil Defence]] had been damaged in Jandaris and Sarmada. The quake killed
[[more than 4,500 people|killed;a=the UN]] in the rebel-held north-west, according to the UN.
[[Some 43,000 families|displaced]] are now living in [[nearly 900 reception centres and
camps|capacity;n=reception centres and camps]]. AFAD said it would ship [[1,250 container
homes|capacity;p;a=AFAD]] across the border by {{April}}.
""",
)

item(
    "Militia raids Tawergha camp in Tripoli",
    """
Armed men raided the Tariq al-Matar camp for displaced Tawerghans in Tripoli on {{August 10,
2018}}, arresting [[about 90 men|arrested;a=Amnesty International]] and ordering [[some 1,900
residents|displaced;a=Amnesty International]] to leave within {{three days}}, Amnesty
International said. Camp leaders said [[five men|kidnapped;a=Camp leaders]] were still being
held by the militia. The UN mission said [[about 400 families|displaced;a=The UN mission]] had
fled to other camps in Tripoli and Benghazi. Tawergha was emptied of its [[40,000
residents|displaced]] in {{2011}}. Witnesses said [[about 30 militiamen|combatants;a=Witnesses]]
in pickups fitted with heavy machine guns took part.
""",
)

item(
    "Camp fires killed 23 in north-west Syria this year, cluster says",
    """
Fires in camps in north-west Syria killed [[23 people|killed;a=the CCCM Cluster]] and injured
[[167|injured;a=the CCCM Cluster]] in the first {{nine months}} of {{2023}}, the CCCM Cluster
said. The cluster recorded [[732 fires|other;u=other;a=The cluster;alt=the CCCM Cluster]],
which destroyed [[1,184 tents|housing;a=The cluster;alt=the CCCM Cluster]] and [[93 concrete
block shelters|housing;a=The cluster;alt=the CCCM Cluster]]. {{Sixty-two per cent}} of the
fires were caused by heating or cooking. The cluster said partners had installed [[2,400 fire
extinguishers|aid;u=other;a=The cluster;alt=the CCCM Cluster]] since {{April}}. [[About 800
families|displaced]] lost their shelters.
""",
)

item(
    "Sindh clears flood victims from schools so classes can resume",
    """
Authorities in Sindh began clearing [[more than 400 schools|capacity;a=officials]] that have
housed flood victims since {{August}}, so that classes could resume, officials said. [[An
estimated 90,000 people|displaced;a=the provincial education department]] were still living in
the schools, according to the provincial education department. UNICEF has set up [[520
temporary learning centres|other]]. Police said [[17 people|arrested;a=Police]] were detained
after flood victims blocked the Indus Highway in protest. [[Hundreds of families|returned]] have
gone back to villages where water still stands {{two feet}} deep. The provincial government
said it would give {{Rs 25,000}} each to [[about 1.5 million households|aid;p;a=The provincial
government]].
""",
)

item(
    "Heat warning for Idlib camps",
    """
Temperatures in Idlib's camps are forecast to reach {{42C}} this week, and camp managers have
banned open fires from {{June 1}} to {{September 30}}. Donors gave {{$1.2 million}} for fire
prevention in {{2023}}, {{15 per cent}} less than a year earlier. Tents are meant to be
replaced every {{six months}}, but many have stood since {{2020}}.
""",
)

item(
    "Yemen appeal falls short again",
    """
The {{2025}} Humanitarian Response Plan for Yemen sought {{$2.47 billion}} and was {{28 per
cent}} funded by {{October 31}}. The shelter and camp coordination sectors received less than
{{10 per cent}} of what they asked for in {{fiscal year 2025}}. UN officials cited
{{Resolution 2216}} and the {{2018}} Stockholm Agreement in their briefing.
""",
)
