"""dev8 texts: batch 8, and texts with numbers but no figure.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(marks.py). Split from build.py, unchanged.
"""

from marks import F

# ---------------------------------------------------------------- batch 8

F(
    "Bulletin: Sudan Kordofan mobilisation and flight",
    "Sudan. The army says it has sent [[thousands of troops|combatants;a=The army]] to relieve Babanusa, while the RSF claims to have massed [[up to 10,000 fighters|combatants;a=the RSF]] around El Obeid. "
    "Residents say [[between 5,000 and 7,000 people|displaced;a=Residents]] left Babanusa in the past {{week}}.",
)

F(
    "TV bulletin: Colombia Cauca",
    "Colombia. The ombudsman's office says [[around 1,200 indigenous families|displaced;a=The ombudsman's office]] have fled fighting in Cauca, and [[about 40 children|combatants;a=The ombudsman's office]] were recruited by armed groups this year. "
    "The army says it has [[some 3,000 soldiers|combatants;a=The army]] in the area.",
)

F(
    "Radio bulletin: Lebanon-Syria border",
    "Lebanon. Since the strikes on Beirut's southern suburbs began, Lebanon's General Security says [[more than 310,000 people|displaced;a=Lebanon's General Security]] have crossed into Syria, {{about 70 per cent}} of them Syrians.",
)

F(
    "Bulletin: Ukraine Kursk civilians",
    "Russia. Officials in Kursk say [[more than 121,000 residents|displaced;a=Officials in Kursk]] have been evacuated from border districts, and that [[about 2,000|civilians;a=Officials in Kursk]] remain in areas held by Ukrainian troops.",
)

F(
    "Bulletin: Ethiopia Oromia",
    "Ethiopia. The rights commission says [[at least 40 civilians|killed;a=The rights commission]] were killed in Oromia last month, and [[3,000 to 4,000 households|displaced;a=The rights commission]] fled their villages.",
)

F(
    "Post: OCHA oPt",
    "OCHA oPt: Since {{18 March}}, [[about 680,000 people|displaced;a=OCHA oPt]] have been displaced again in Gaza. [[Fewer than 10 shelters|capacity]] in Gaza city still have space.",
)

F(
    "Post: Sahel refugees in Mauritania",
    "UNHCR Mauritania: [[55,000 new refugees|displaced;a=UNHCR Mauritania]] from Mali arrived in Mbera and border villages this year. Mbera camp, built for [[70,000|capacity;a=UNHCR Mauritania]], now shelters [[over 110,000|displaced;a=UNHCR Mauritania]], we estimate.",
)

F(
    "Summary: Pakistan Afghan camp demolitions",
    "Pakistani authorities demolished [[about 600 homes|housing;a=residents]] in an Afghan settlement in Islamabad, residents said, leaving [[some 4,000 people|displaced;a=residents]] without shelter.",
)

F(
    "Summary: Armenian missing after Karabakh",
    "Armenia said [[about 200 people|missing;a=Armenia]] were still missing after the Karabakh offensive, and that Azerbaijan held [[23|arrested;a=Armenia]] Armenian prisoners.",
)

F(
    "Interview transcript: a displaced farmer in Burkina Faso",
    "JOURNALIST: Where is your family now?\n"
    "FARMER: In Kaya. We are [[17 people|displaced;a=FARMER]] in [[two rooms|capacity;u=structure]]. In our village there were [[maybe 1,500|civilians]], now nobody.",
)

F(
    "Human interest: the dentist who stayed in Mariupol",
    '"I treated [[about 300 wounded|injured;a=Oleksii]] in the basement," said Oleksii, a dentist. "[[Twenty|killed]] I could not save."',
)

F(
    "Feature: Hazara families at the border",
    'At the Spin Boldak crossing, [[some 60 Hazara families|returned]] deported from Pakistan wait in the heat. "We lived in Quetta for {{30 years}}," said Ghulam, {{61}}. "They gave us {{three days}}."',
)


# ---------------------------------------------------------------- texts with numbers but no figure

F(
    "Bulletin: peace talks resume in Jeddah",
    "Sudan's warring parties are to resume talks in Jeddah on {{Monday 12 August}}, {{16 months}} after the war began. "
    "The last round collapsed in {{December 2023}}.",
)

F(
    "Post: anniversary of the Beirut port blast",
    "Today marks {{five years}} since the {{4 August 2020}} explosion at Beirut port. Families will march at {{6 p.m.}} #Beirut",
)

F(
    "Sports ticker: Ukraine's national team in Kyiv",
    "FOOTBALL - Ukraine beat Iceland {{2-1}} in Wroclaw; Mudryk scores in the {{84th minute}}. "
    "Ukraine now plays its home games abroad, for a {{third}} season.",
)

F(
    "Radio bulletin: weather and the Gaza coast",
    "Weather now. Temperatures in Gaza will reach {{38C}} on {{Thursday}}, with winds of up to {{40 km/h}} along the coast, forecasters say.",
)

F(
    "Caption: a veteran at the memorial",
    "{{94-year-old}} veteran Ivan Zalutsky lays flowers at the memorial in Kyiv on {{9 May}}. He served in the {{1st}} Ukrainian Front in {{1944}}.",
)

F(
    "Fact check: cost of the Sudan response",
    "Claim: the UN appeal for Sudan is fully funded. Fact: the {{2025}} appeal asks for {{$4.2 billion}} and was only {{13%}} funded by {{June}}.",
)

F(
    "Post: hotline for families of the missing",
    "Families looking for relatives detained in Syria can call the ICRC hotline on {{+963 11 331 0476}} or {{+961 1 739 297}}, open {{24 hours a day}}.",
)

F(
    "Bulletin: M23 and the Doha process",
    "Congo and the {{M23}} rebels signed a declaration of principles in Doha on {{19 July}}, under a process backed by Qatar and the US since {{early 2025}}. "
    "Resolution {{2773}} of the Security Council demands that M23 withdraw.",
)

F(
    "Ticker: markets react to Red Sea attacks",
    "MARKETS - Brent crude up {{2.3%}} at {{$81.40}} a barrel after Houthi attack on tanker in Red Sea; shipping rates on Asia-Europe route up {{300 per cent}} since {{November}}",
)

F(
    "Summary: Myanmar junta election",
    "Myanmar's junta said a general election would be held in {{December 2025}}, almost {{five years}} after the {{2021}} coup; voting will take place in {{102 of 330}} townships.",
)

F(
    "Podcast intro: episode on the Syrian war",
    "In episode {{47}} of the podcast, our host speaks to a {{32-year-old}} doctor who left Aleppo in {{2016}} and now works in Berlin. Running time: {{52 minutes}}.",
)

F(
    "Correction: date of the Kherson dam collapse",
    "CORRECTION: The Kakhovka dam was destroyed on {{6 June 2023}}, not {{7 June}} as stated in an earlier version of this story, published {{two days}} ago. The {{18-metre}} dam held {{18 cubic kilometres}} of water.",
)

F(
    "Post: Ukrainian air force alert",
    "Air Force of Ukraine: Ballistic threat from the north, {{03:12}}. Group of Shahed drones over Sumy region moving on a course of {{240 degrees}}. All clear at {{04:05}}.",
)

F(
    "Bulletin: sentencing in Hong Kong",
    "Hong Kong. A court has sentenced the pro-democracy activist Benny Tai to {{10 years}} in prison under the national security law passed in {{2020}}. He is {{60}}.",
)

F(
    "Caption: refugee athlete",
    "Refugee Olympic Team boxer Cindy Ngamba, {{25}}, celebrates after winning her {{75kg}} quarter-final {{5-0}} in Paris on {{4 August}}.",
)

F(
    "Summary: Israeli defence budget",
    "Israel's cabinet approved a defence budget of {{117 billion shekels}} for {{2025}}, up from {{about 60 billion}} before the war, the finance ministry said.",
)

F(
    "Ticker: earthquake in Afghanistan",
    "AFGHANISTAN - Magnitude {{6.0}} earthquake strikes Kunar province at {{23:47}} local time, depth {{8 km}}, USGS says",
)

F(
    "Fact check: old photo of a Kharkiv tower",
    "This photo is not from this week. It shows a {{16-storey}} building in Kharkiv hit on {{2 March 2022}}, and was first posted {{three years}} ago.",
)

F(
    "Post: Nigerian army recruitment",
    "Nigerian Army: Applications for the {{87RRI}} recruitment exercise are open until {{30 September}}. Candidates must be {{18 to 22 years}} old.",
)

F(
    "Interview excerpt: a former child soldier now a lawyer",
    "PRESENTER: You were {{12}} when you were taken?\n"
    "GUEST: I was {{12}}, yes. I spent {{two years}} with them. I came home in {{2005}} and finished law school in {{2016}}.",
)

F(
    "Summary: UN resolution on Haiti force",
    "The Security Council voted {{12 in favour}} with {{three abstentions}} to turn the Haiti mission into a Gang Suppression Force, under Resolution {{2793}}, for an initial {{12 months}}.",
)

F(
    "Bulletin: Ukraine grain corridor",
    "Ukraine says ships have carried {{more than 60 million tonnes}} of cargo through its Black Sea corridor since {{August 2023}}, {{about 70%}} of pre-war levels.",
)

F(
    "Caption: archive photo of the Sabra and Shatila memorial",
    "Mourners at the Sabra and Shatila memorial in Beirut on the {{42nd}} anniversary of the {{1982}} massacre. The vigil lasted {{two hours}}.",
)

F(
    "Podcast note: sources and corrections",
    "Sources for this episode: UNHCR Global Trends {{2024}}; IOM GRID {{2025}}; ACLED data to {{31 May}}. Correction to episode {{112}}: the interview was recorded in {{Sept. 2024}}.",
)

F(
    "Ticker: Lebanon election date",
    "LEBANON - Parliament sets municipal elections for {{4 May}}, first since {{2016}}; polling stations open {{7 a.m.}} to {{7 p.m.}}",
)
