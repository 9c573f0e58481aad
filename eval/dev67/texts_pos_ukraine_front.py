"""Positives: the front line in Ukraine and the occupied areas, 2022 to 2025 (assaults,
incursions, evacuations, executions, aid convoys, the Kakhovka dam).

Labels follow eval/README.md, section 1; see eval/dev67/README.md."""

POSITIVES = [
    (
        "General Staff reports 52 Russian assaults on Pokrovsk axis in a day",
        "Ukraine's General Staff said on Sunday there had been 52 Russian assaults on the "
        "Pokrovsk axis over the previous day, the most on any part of the front line, with "
        "fighting near Myrnohrad, Udachne and Kotlyne. Russian troops are trying to outflank "
        "the city from the south and cut the road to Dobropillia, a brigade spokesman said. "
        "Small groups of infantry were slipping into the outskirts on motorbikes and on foot, "
        "using fog to hide from drones. Ukrainian drone units said they had destroyed two "
        "armoured vehicles and dozens of motorbikes since Friday. Most of the remaining "
        "civilians have been evacuated.",
        "B",
        "battle",
    ),
    (
        "Ukraine pulls troops out of Avdiivka to avoid encirclement",
        "Ukraine's new army chief said on Saturday he had ordered troops to withdraw from "
        'Avdiivka to "more favourable lines" to avoid being surrounded, handing Russia its '
        "biggest gain in nine months. The town, on the edge of occupied Donetsk, had been "
        "under assault since October. Russia's defence ministry said its forces had taken "
        "full control. Soldiers who got out said they walked across open fields under "
        "constant drone attack, carrying the wounded.",
        "B",
        "withdrawal",
    ),
    (
        "Glide bombs hit Kharkiv DIY hypermarket packed with shoppers",
        "Two Russian guided aerial bombs hit the Epicentr hypermarket in Kharkiv on Saturday "
        "afternoon while about 200 people were inside, starting a fire that took firefighters "
        "hours to put out, the regional governor wrote on Telegram. At least 12 people were "
        "killed and 43 wounded, and several staff members were missing. The president said "
        'only "madmen like Putin" could attack a shop full of people on a weekend. Kharkiv '
        "has been hit by glide bombs almost every day since the spring.",
        "E V",
        "glide bomb attack",
    ),
    (
        "Wagner chief claims capture of Bakhmut; Kyiv says flanks still contested",
        "The head of the Wagner mercenary group said on Saturday his fighters had taken full "
        "control of Bakhmut after a ten-month battle, posting a video of his men waving "
        "Russian flags in front of ruined buildings. Ukraine's deputy defence minister said "
        "troops still held a small area in the city's southwest and were advancing on the "
        "northern and southern flanks.",
        "B",
        "battle",
    ),
    (
        "Ukrainian armour crosses into Kursk region; Russia evacuates border districts",
        "Ukrainian forces crossed the border into Russia's Kursk region on Tuesday and fought "
        "their way several kilometres toward the town of Sudzha with armoured vehicles and "
        "drones, Russian officials said. The acting governor said thousands of residents were "
        "being evacuated from border districts and that at least five civilians had been "
        "killed. Russia's General Staff chief told a televised meeting that about 1,000 "
        "Ukrainian troops were involved. Kyiv said nothing publicly for several days. By "
        "Thursday Moscow had declared a federal emergency in the region, and the governor "
        "said 76,000 people had left their homes. Russian military bloggers said Ukrainian "
        "drones had hit a column of trucks carrying reinforcements near Rylsk.",
        "B M D E",
        "ground incursion",
    ),
    (
        "Thousands evacuated from Vovchansk as Russia opens new front",
        "Police and volunteers evacuated nearly 6,000 people from Vovchansk and villages "
        "along the border in two days, the Kharkiv regional governor said on Sunday, as "
        "Russian troops attacked across the border and shelled the town around the clock. "
        "Police officers drove elderly residents out in armoured vans under fire. The General "
        "Staff said fighting was continuing on the town's northern edge.",
        "D B E M",
        "displacement",
    ),
    (
        "Families with children ordered out of 37 villages near Kupiansk",
        "Authorities in Kharkiv region ordered the mandatory evacuation of families with "
        "children from 37 villages in the Kupiansk district on Friday because of intensifying "
        "Russian shelling, and about 600 children live in the area, officials said. Evacuees "
        "are taken by bus to a transit centre in Kharkiv.",
        "D E",
        "evacuation order",
    ),
    (
        "UN says Russian drones are hunting civilians in Kherson",
        "Russian forces have used short-range drones to drop explosives on people walking, "
        "cycling or waiting at bus stops in Kherson and nearby villages, the UN human rights "
        "monitoring mission said on Wednesday, calling the attacks a crime against humanity. "
        "Residents of the city's riverside districts told monitors they now stay indoors in "
        "daylight. A municipal bus was hit on Tuesday morning, injuring the driver and a "
        "passenger, the regional administration said.",
        "E V",
        "drone attacks on civilians",
    ),
    (
        "Video appears to show execution of surrendering Ukrainian soldiers near Robotyne",
        "Ukraine's Prosecutor General's Office said on Monday it had opened an investigation "
        "into a video that appears to show Russian soldiers shooting three unarmed Ukrainian "
        "servicemen who had come out of a trench with their hands raised near Robotyne. The "
        "footage was filmed from a drone. Ukraine's ombudsman said it was the fifteenth such "
        "case of executed prisoners documented since the start of the year.",
        "V",
        "executions",
    ),
    (
        "Air strike hits Mariupol theatre sheltering hundreds",
        "A Russian air strike destroyed the drama theatre in central Mariupol on Wednesday, "
        "where hundreds of civilians had been sheltering from the bombardment, the city "
        'council said. The word "children" had been written in huge letters on the ground in '
        "front of the building and could be seen from the air. The number of casualties was "
        "not known because rubble blocked the entrance to the basement shelter.",
        "E V D",
        "air strike on shelter",
    ),
    (
        "Bodies of civilians found on streets of Bucha after Russian withdrawal",
        "Ukrainian troops who re-entered Bucha after Russian forces withdrew found bodies of "
        "civilians lying in the streets, some with their hands tied behind their backs, the "
        "town's mayor said on Sunday. Reporters saw at least 20 bodies on a single road. "
        "Residents said Russian soldiers had shot people who left their cellars to fetch "
        "water or walk their dogs. The mayor said some of the dead had been buried in a mass "
        "grave near a church and that volunteers were still finding bodies in yards.",
        "V",
        "massacre",
    ),
    (
        "Occupation official killed by car bomb in Berdiansk, partisans claim",
        "An official installed by Russia in occupied Berdiansk died when a bomb exploded "
        "under his car outside his home on Thursday morning, the Russian-backed authorities "
        "said, calling it a terrorist attack. A Ukrainian partisan group claimed "
        "responsibility on Telegram. Ukraine's military intelligence said the man had helped "
        "organise the deportation of local teachers.",
        "E T",
        "car bombing",
    ),
    (
        "Ukraine says troops have liberated Robotyne in southern push",
        "Ukraine's deputy defence minister said on Monday that troops had liberated the "
        "village of Robotyne in Zaporizhzhia region and were advancing toward Novoprokopivka, "
        "while Russian artillery kept shelling the village from the south. A brigade posted "
        "video of soldiers raising the Ukrainian flag over the ruins.",
        "B E",
        "battle",
    ),
    (
        "UN convoy reaches front-line villages cut off from water near Kostiantynivka",
        "A UN inter-agency convoy delivered food, hygiene kits and water purification tablets "
        "on Thursday to about 3,000 people in front-line villages near Kostiantynivka, the "
        "humanitarian coordinator said. Many residents, most of them elderly, have had no "
        "running water or gas since the pumping station was shelled in the spring. Volunteers "
        "said shelling had damaged the road a day earlier.",
        "H E",
        "aid convoy",
    ),
    (
        "Thousands evacuated as Kakhovka dam breach floods Kherson region",
        "Water poured through the breached Kakhovka dam on the Dnipro for a second day on "
        "Wednesday, flooding dozens of towns and villages downstream, Ukrainian officials "
        "said. About 2,000 people had been evacuated from the Ukrainian-held bank, some by "
        "boat, and Russian shelling hit Kherson during the rescue effort. Kyiv accused "
        "Russian forces of blowing up the dam from inside, which Moscow denied. The UN said "
        "about 16,000 people had lost their homes on the Ukrainian-held side alone. Residents "
        "on the occupied bank said no one came to rescue them, and people were pulled from "
        "their roofs by neighbours in boats.",
        "D H E",
        "dam destruction",
    ),
    (
        "Russian troops reach canal on edge of Chasiv Yar",
        "Russian forces have reached the Siversky Donets-Donbas canal on the eastern edge of "
        "Chasiv Yar and are trying to cross it in small groups, a spokesman for a Ukrainian "
        "mechanised brigade said on Thursday. He said the Russians were dropping glide bombs "
        "weighing up to 1.5 tonnes on the high-rise buildings that defenders use as "
        "positions. Fewer than 700 civilians remain in the town.",
        "B E",
        "battle",
    ),
]
