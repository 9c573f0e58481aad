"""dev8 texts: podcast and interview transcripts, captions, corrections and updates, fact-check
items, human-interest pieces, headline-style items, more posts.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(marks.py). Split from build.py, unchanged.
"""

from marks import F

# ---------------------------------------------------------------- podcast and interview transcripts

F(
    "Podcast transcript: a nurse in Khan Younis",
    "HOST: How many patients are you seeing?\n"
    "MARIAM: On a bad day, [[between 150 and 200 wounded|injured;a=MARIAM]]. "
    "We have [[12 beds|other;u=other]] in the emergency room. "
    "Last week we lost [[four colleagues|killed]].",
)

F(
    "Interview transcript: UNICEF spokesperson on Haiti",
    "PRESENTER: James Elder of UNICEF, what are you seeing in Port-au-Prince?\n"
    "JAMES ELDER: Well, [[more than 360,000 children|displaced;a=JAMES ELDER]] are now displaced, that's a record. "
    "And we estimate that [[hundreds of children|combatants;a=UNICEF;alt=JAMES ELDER]] are being used by the gangs, as lookouts, as fighters.",
)

F(
    "Radio interview: MSF coordinator in Chad",
    "INTERVIEWER: And how many people are arriving?\n"
    "COORDINATOR: At the moment, [[about 800 people a day|displaced;a=COORDINATOR]]. "
    "And we expect that to go up to [[3,000 a day|displaced;p;a=COORDINATOR]] if El Fasher falls.",
)

F(
    "Podcast: the reporter's notebook from Kherson",
    "REPORTER: When I got to the village there were [[maybe 30 people|civilians]] left. Before the war, the head of the village told me, [[some 1,400|civilians;a=the head of the village]] lived here. "
    "The rest are in Mykolaiv, in Odesa, in Poland.",
)

F(
    "Transcript: press briefing excerpt, Israeli military spokesperson",
    "SPOKESPERSON: Overnight we struck [[more than 40 targets|other;u=other;a=SPOKESPERSON]] in Khan Younis. "
    "We have detained [[around 100 suspects|arrested]], and they are being questioned.",
)

F(
    "Interview: a Yazidi survivor",
    "In the interview, Nadia, now {{29}}, recalls the day IS took Kocho. "
    '"They separated us. [[About 600 men|killed;a=Nadia]] were killed that day," she said. '
    '"My brothers too. [[Six|killed]] of them."',
)

F(
    "Panel discussion transcript: Sahel analyst",
    "ANALYST: If you look at the data, [[more than 2 million people|displaced;a=ANALYST]] are displaced in Burkina Faso alone. "
    "And [[at least 5,000 schools|other]] are closed.",
)

# ---------------------------------------------------------------- captions

F(
    "Photo caption: Rafah tents",
    "Tents housing displaced Palestinians stretch along the coast at Al-Mawasi, where [[more than 1 million people|displaced;a=the UN]] have sought shelter, according to the UN. (Photo: AFP)",
)

F(
    "Video caption: rescue in Kramatorsk",
    "VIDEO: Rescuers pull a woman from the rubble of a five-storey block in Kramatorsk, where [[three people|killed]] died and [[19|injured]] were injured. Footage: State Emergency Service",
    ["five-storey"],
)

F(
    "Photo caption: Sudanese refugees in Renk",
    "Sudanese and returning South Sudanese wait to be registered at the transit centre in Renk, built for [[3,000 people|capacity;a=aid workers]] but now holding [[about 14,000|displaced;a=aid workers]], aid workers say.",
)

F(
    "Caption: detainees freed in Damascus",
    "Relatives search for loved ones at Sednaya prison outside Damascus, where rebels say they freed [[thousands of detainees|arrested;a=rebels]]. "
    "Rights groups estimate [[more than 100,000 people|missing;a=Rights groups]] vanished in Syrian jails.",
)

F(
    "Caption: food distribution in Tigray",
    "Women carry sacks of wheat at a distribution point in Mekelle. WFP says it reached [[1.4 million people|aid;a=WFP]] in Tigray last month.",
)

F(
    "Caption: burned homes in Darfur",
    "Satellite image shows [[more than 2,000 structures|housing;a=Yale researchers]] burned in Misterei, West Darfur, Yale researchers say.",
)

# ---------------------------------------------------------------- corrections and updates

F(
    "UPDATE: Balochistan bus attack toll",
    "UPDATE: the toll has risen to [[54|killed;a=a provincial government spokesman]], a provincial government spokesman said. "
    "An earlier version of this story said [[45|killed]] were killed.",
)

F(
    "Correction note: Cabo Delgado displacement",
    "CORRECTION: An earlier version of this item misstated the number of displaced. IOM says [[about 14,000 people|displaced;a=IOM]], not [[140,000|displaced]], fled the attacks on Macomia.",
)

F(
    "Updated: Kathmandu protest deaths",
    "(Updates toll in first paragraph, adds arrests) "
    "[[At least 19 people|killed;a=police]] were killed when police opened fire on protesters in Kathmandu, police said. "
    "[[More than 300|injured;a=the Home Ministry]] were treated in hospitals and [[62|arrested;a=the Home Ministry]] were arrested, the Home Ministry said.",
)

F(
    "UPDATE 2: Nigerian plateau attack",
    "UPDATE 2-Gunmen kill [[at least 52|killed;a=Red Cross]] in Plateau village raid, Red Cross says\n"
    "(Adds figures for displaced, houses burned)\n"
    "Plateau state emergency agency says [[about 3,000 residents|displaced;a=Plateau state emergency agency]] fled and [[96 houses|housing;a=Plateau state emergency agency]] were burned.",
    ["UPDATE 2"],
)

F(
    "Editor's note: clarification on Rakhine figures",
    "Clarification: The figure of [[600,000 Rohingya|civilians]] refers to those still living in Rakhine state, not to those who have fled. "
    "[[More than 1 million|displaced;a=UNHCR]] live in camps in Bangladesh, according to UNHCR.",
)


# ---------------------------------------------------------------- fact-check items

F(
    "Fact check: displacement figure in viral post about Cabo Delgado",
    "Claim: [[10,000|displaced;a=a widely shared Facebook post]] were displaced in a single night, says a widely shared Facebook post. "
    "Fact: IOM data show [[about 4,000 people|displaced;a=IOM data]] fled over {{three days}}. "
    "Verdict: Misleading.",
)

F(
    "Fact check: Gaza aid truck numbers",
    'CLAIM: "[[500 trucks a day|aid;a=a post on X]] are entering Gaza," according to a post on X shared {{40,000 times}}. '
    "FACT: UN data for the period show an average of [[about 90 trucks a day|aid;a=UN data]]. "
    "The [[500|aid;u=other]] figure is the pre-war daily average.",
)

F(
    "Fact check: Sudan death toll video",
    "A video claims the army killed [[more than 3,000 RSF fighters|killed;a=A video]] in one battle near Omdurman. "
    "There is no evidence for this. ACLED recorded [[fewer than 400 fatalities|killed;a=ACLED]] in fighting in the city that month.",
)

F(
    "Fact check: Ukraine refugee numbers in Poland",
    "Claim: Poland hosts [[5 million Ukrainian refugees|displaced]]. "
    "Fact check: UNHCR figures show [[about 1 million|displaced;a=UNHCR figures]] with temporary protection in Poland; the higher figure counts border crossings since {{2022}}, many of them repeat trips.",
)

F(
    "Fact check: photo of arrests misdated",
    "A photo of [[dozens of men|arrested]] kneeling in a stadium is being shared as if it was taken in Bukavu this week. "
    "It was taken in {{2019}} in another country. Rights groups have documented [[about 200 arrests|arrested;a=Rights groups;u=person]] in Bukavu since the rebels took the city.",
)

F(
    "Fact check: rumour of mass kidnapping in Zamfara",
    "Rumour: [[300 girls|kidnapped]] abducted from a school in Zamfara. "
    "Police say the figure is false: [[no more than 20 students|kidnapped;a=Police]] were taken, and all have been freed. "
    "Status: partly false.",
)

# ---------------------------------------------------------------- human-interest pieces, numbers in speech

F(
    "Feature: a school turned shelter in Beira",
    '"There were maybe [[300|displaced;a=Amina]] of us in the school," says Amina, {{34}}, who fled with her {{four}} children. '
    '"We shared [[two toilets|aid;u=other]]."',
)

F(
    "Feature: the last family on the street in Avdiivka",
    '"[[Forty-five|housing;u=structure]] of the houses on our street are gone," said Mykola, a retired miner. '
    '"[[Eleven neighbours|killed]] are dead."',
)

F(
    "Human interest: a teacher in Juba camp",
    "Grace teaches [[around 90 children|displaced]] in a tent in the Mahad camp in Juba. "
    '"When I came here in {{2016}} there were [[maybe 2,000 families|displaced;a=Grace]]," she says. "Now? [[Thousands|displaced]]."',
)

F(
    "Feature: the ferryman at the Darfur border",
    "Adam, a boatman on the river near the border, says he carried [[about 40 people|displaced;a=Adam]] a trip at the height of the fighting. "
    '"Some days I made [[ten trips|other;u=other]]," he said.',
)

F(
    "Human interest: mother searching for son in Libya",
    'Fatma has not heard from her son since he was taken in Tripoli. "They took [[17 young men|kidnapped;a=Fatma]] from our neighbourhood that night," she says. '
    '"[[Five|kidnapped]] came back. We know nothing about the others."',
)

F(
    "Feature: Ukraine returnees in Irpin",
    "Of the [[roughly 60,000 people|civilians]] who lived in Irpin before the war, [[about 45,000|returned;a=the mayor]] have returned, the mayor says. "
    '"We have rebuilt [[1,100 homes|housing]], and [[300|housing;u=structure;p]] more are underway."',
)

# ---------------------------------------------------------------- headline-style items, body starting mid-thought

F(
    "Cameroon: dozens held after Anglophone clashes",
    "...and security forces arrested [[at least 67 people|arrested;a=lawyers]] in Bamenda, lawyers representing them said. "
    "[[Four|killed]] died in the clashes.",
)

F(
    "Yemen: migrant boat capsizes off Taiz",
    "- with [[186 people|missing;a=IOM]] still missing and [[49 bodies|killed;a=IOM]] recovered so far, IOM said. [[Only 71|other]] survived.",
)

F(
    "Burundi: refugees from DRC",
    "— bringing the number of Congolese who have crossed into Burundi since {{January}} to [[more than 60,000|displaced;a=Burundi's interior ministry]], Burundi's interior ministry said.",
)

F(
    "Libya: Abu Salim clashes leave dead",
    "... clashes that left [[at least six|killed;a=the emergency medicine centre]] dead, the emergency medicine centre said. [[Dozens of families|displaced]] fled Abu Salim.",
)

F(
    "Haiti: gang attack on Pont-Sondé",
    "…where gunmen from the Gran Grif gang killed [[115 people|killed;a=the UN]], the UN said, and forced [[more than 6,000|displaced;a=the UN]] to flee. "
    "The police say [[fewer than 50 officers|combatants;a=The police]] are stationed in the area.",
)

# ---------------------------------------------------------------- more posts

F(
    "Post: Sudanese Doctors Network on El Fasher",
    "Sudan Doctors Network: RSF killed [[at least 15 civilians|killed;a=Sudan Doctors Network]] in Abu Shouk camp today and abducted [[dozens of women|kidnapped;a=Sudan Doctors Network]]. We call on the world to act.",
)

F(
    "Post: Ukraine coordination HQ on POW swap",
    "Coordination HQ for POWs: [[95 Ukrainian defenders|other;a=Coordination HQ for POWs]] are home today in the latest exchange. "
    "[[More than 4,500|other]] have been freed since {{2022}}.",
)

F(
    "Post: Tigray interim administration on returns",
    "Tigray Interim Administration: The return of IDPs to Tselemti began today. [[About 8,000|returned;p]] are expected this week, and [[up to 80,000|returned;p]] in the coming months.",
)

F(
    "Post: Lebanese health ministry",
    "Ministry of Public Health: Israeli strikes on the south and the Bekaa today: [[31 martyrs|killed;a=Ministry of Public Health]], [[109|injured;a=Ministry of Public Health]] wounded. #Lebanon",
)

F(
    "Post: Indian army on Manipur operation",
    "Spear Corps, Indian Army: [[203 weapons|other;a=Spear Corps, Indian Army]] and large quantities of ammunition recovered in joint operations in Imphal East and Kangpokpi in the last {{48 hours}}. [[11 cadres|arrested]] apprehended.",
)

F(
    "Post: Sri Lanka opposition MP",
    "Opposition MP on X: the government has arrested [[at least 14 protest leaders|arrested;a=Opposition MP]] since Friday. Where is the democracy?",
)

F(
    "Post: Polish border guard",
    "Straż Graniczna: [[248 attempts|other;u=other;a=Straż Graniczna]] to illegally cross the border from Belarus yesterday. [[32 foreigners|arrested]] detained.",
)

F(
    "Post: Afghan refugees at Torkham",
    "Torkham (video): A line of trucks packed with families returning from Pakistan. Taliban officials say [[more than 9,000 Afghans|returned;a=Taliban officials]] crossed back today alone. #Afghanistan",
)
