"""dev364 positives, part A: Ukraine, the Middle East and Sudan on the science desk.

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes of eval/conflictset.
"""

POSITIVES = [
    (
        "Neutron source at Kharkiv physics institute hit by shelling, staff say",
        "A research facility built to produce neutrons for materials science and medical isotopes "
        "was damaged on Thursday when Russian artillery struck the grounds of the Kharkiv Institute "
        "of Physics and Technology, according to Ukraine's nuclear regulator. The subcritical "
        "assembly, which holds 37 fuel elements, was not running at the time and no rise in "
        "radiation was recorded, the regulator said in a statement. Staff who sheltered in the "
        "institute's basement described at least four impacts on the campus in the north of the "
        "city. “The windows of the accelerator hall are gone and the cooling lines were cut,” said "
        "one physicist, who asked not to be named. Kharkiv has been shelled almost daily since "
        "Russian troops reached its outskirts in late February. The International Atomic Energy "
        "Agency said it had been informed of the strike and was seeking further details. Dozens of "
        "the institute's researchers have already moved to western Ukraine or abroad, and those "
        "who remain are sleeping in the building.",
        "E D",
        "shelling",
    ),
    (
        "Russian troops occupied Ukraine's largest radio telescope and left it wrecked, astronomers say",
        "Ukrainian astronomers who returned to the UTR-2 radio telescope near the village of "
        "Hrakove this week found its control building burned and much of its cabling stripped, "
        "after Russian forces occupied the site for nearly seven months. The array, a grid of "
        "2,040 dipole antennas south-east of Kharkiv, is the world's largest instrument working at "
        "decametre wavelengths. Soldiers dug firing positions among the antenna rows and used the "
        "laboratory as a barracks, said the director of the Institute of Radio Astronomy in "
        "Kharkiv, which runs the telescope. Ukrainian forces retook the area in early September "
        "during their counter-offensive in the region. Mines and unexploded shells still litter "
        "the field, and the team cannot yet walk between the rows. “We estimate that a third of "
        "the antennas can be repaired, but only after sappers have cleared the site,” the director "
        "told reporters. Colleagues at observatories in France and the Netherlands have offered to "
        "lend receivers.",
        "M B",
        "occupation",
    ),
    (
        "Chernobyl researchers describe weeks held by Russian soldiers as ecocentre lab is looted",
        "Staff at the Chernobyl nuclear site say they worked for more than three weeks under armed "
        "guard after Russian troops seized the exclusion zone on the first day of the invasion. "
        "Researchers who returned after the soldiers withdrew on 31 March found the central "
        "analytical laboratory of the state ecocentre in Chornobyl town ransacked. Radiation "
        "sources used to calibrate instruments are missing, along with computers, dosimeters and "
        "samples collected over three decades, according to the State Agency for Exclusion Zone "
        "Management. Soldiers also dug trenches in the Red Forest, one of the most contaminated "
        "areas on Earth, and some were later taken to Belarus for treatment, Ukrainian officials "
        "said. One radioecologist said engineers on shift were not allowed to leave and slept on "
        "tables in the control rooms. Scientists fear that the lost samples, which tracked how "
        "caesium and strontium move through soil and forest, cannot be replaced. The IAEA said it "
        "would send a team to help restore monitoring.",
        "M V",
        "occupation",
    ),
    (
        "IAEA says shelling at Zaporizhzhia nuclear plant is 'playing with fire'",
        "The head of the International Atomic Energy Agency warned on Sunday that repeated shelling "
        "of the Zaporizhzhia nuclear power station risked a serious accident, after the plant's "
        "last external power line was again cut overnight. Rafael Grossi said IAEA experts at the "
        "site had heard a dozen explosions, some close to a spent-fuel storage facility and a "
        "building that houses radioactive waste. Ukraine and Russia blamed each other for the "
        "strikes. Europe's largest nuclear plant has been held by Russian forces since March and "
        "is run by Ukrainian staff working under the occupation. Nuclear engineers say its six "
        "reactors, all now in cold shutdown, still need a steady power supply to cool the fuel. "
        "“Whoever is behind this, it must stop immediately,” Grossi said in a statement. Radiation "
        "levels at the site remained normal, the agency added. Physicists and safety specialists "
        "have urged both sides to agree a protection zone around the station.",
        "E",
        "shelling",
    ),
    (
        "Drone strike punches hole in Chernobyl's giant radiation shield",
        "A drone carrying a high-explosive warhead struck the New Safe Confinement over the "
        "destroyed fourth reactor at Chernobyl early on Friday, setting fire to part of the "
        "structure's cladding, Ukraine's president and the IAEA said. The arch, completed in 2016 "
        "at a cost of about €1.5 billion, was built to stop radioactive dust escaping from the "
        "crumbling sarcophagus beneath it and to last a century. IAEA staff stationed at the site "
        "reported an explosion at about 1.50 in the morning, and firefighters were still working "
        "on smouldering insulation hours later. Radiation levels inside and outside remained "
        "normal and stable, the agency said. Ukraine said the drone was a Russian Shahed-type "
        "weapon; the Kremlin denied attacking the site. Engineers familiar with the structure said "
        "that even a small breach could let water and air in and speed up corrosion of the "
        "crane system inside. Repairs will be difficult while drones continue to fly over the "
        "zone, one said.",
        "E",
        "drone_strike",
    ),
    (
        "Kakhovka dam collapse floods nature reserves as ecologists race to assess damage",
        "The destruction of the Kakhovka dam on the Dnipro river early on Tuesday has flooded "
        "dozens of villages downstream and put several protected areas under water, Ukrainian "
        "officials and scientists said. Ukraine accused Russian forces, who have held the dam "
        "since February last year, of blowing it up from inside; Moscow blamed Ukrainian "
        "shelling. More than 1,300 people had been evacuated from the Kherson side by the evening, "
        "while shelling of the city continued during the evacuation, according to the regional "
        "governor. Ecologists warned that the drained reservoir, once a source of water for "
        "irrigation across the south, will leave contaminated sediment exposed to the wind. The "
        "Lower Dnipro national park, a refuge for breeding birds and the rare Nordmann's birch "
        "mouse, is largely submerged, said a zoologist at the Schmalhausen Institute in Kyiv. "
        "Hydrologists expect water levels to peak within two days. Aid groups said they were "
        "sending drinking water and boats to the area.",
        "E D H",
        "dam_destruction",
    ),
    (
        "Young Kharkiv physicist killed near Bakhmut, colleagues say",
        "A 29-year-old theoretical physicist who joined Ukraine's armed forces last spring has been "
        "killed in fighting near Bakhmut, his former university said on Monday. He had been "
        "working on a PhD on quantum transport in graphene at V. N. Karazin Kharkiv National "
        "University and had co-authored six papers in international journals, colleagues said. "
        "His unit had been defending positions on the southern edge of the town under heavy "
        "Russian assaults for several weeks, according to a statement from his brigade. “He wrote "
        "to me from the trenches about a calculation he wanted to finish,” said his supervisor. "
        "Ukraine's science ministry estimates that hundreds of researchers are serving in the "
        "military, and an online memorial kept by Ukrainian scientists now lists more than 80 "
        "names of academics killed since the invasion. The university plans to set up a "
        "scholarship in his name.",
        "B",
        "battle",
    ),
    (
        "Israeli forces demolish Gaza's Israa University, leaving strip with no intact campus",
        "Video circulating on Wednesday showed a large controlled explosion destroying the main "
        "building of Israa University south of Gaza City, where the Israeli army had set up a "
        "position in recent weeks. The university said in a statement that the building also "
        "held a national museum with more than 3,000 archaeological objects, which it believes "
        "were removed before the blast. The Israeli military said it was reviewing the incident. "
        "Academics and the UN say every one of Gaza's 12 universities has now been damaged or "
        "destroyed since the war began in October, and that at least 95 professors have been "
        "killed in air strikes. The Islamic University of Gaza, the territory's oldest, was "
        "struck in the first week of the war. More than 88,000 students are out of education, "
        "according to the Palestinian education ministry. Researchers abroad have begun a "
        "campaign to host displaced Gazan scientists and to archive their data remotely.",
        "M E D",
        "demolition",
    ),
    (
        "Gaza death toll may be far higher than reported, Lancet analysis suggests",
        "An analysis published in The Lancet on Thursday estimates that about 64,000 people died "
        "from traumatic injuries in Gaza in the first nine months of the war, some 40% more than "
        "the figure recorded by the territory's health ministry over the same period. The team, "
        "led by epidemiologists at the London School of Hygiene and Tropical Medicine, used a "
        "statistical method called capture-recapture that compares three overlapping lists: "
        "hospital morgue records, an online survey of relatives and social-media obituaries. "
        "Women, children and people over 65 made up 59% of the identified dead, they found. "
        "Israeli air strikes and ground operations are continuing across the strip, and the "
        "authors say that deaths from disease and hunger are not included. “This is a "
        "conservative estimate,” said the lead author. Some demographers questioned how "
        "representative the online survey was, but several said the overall conclusion was "
        "plausible. The Israeli government has disputed the ministry's figures throughout the "
        "war.",
        "E H",
        "casualty_study",
    ),
    (
        "Doctors and researchers detained as Israeli troops raid al-Shifa hospital again",
        "Israeli troops and tanks surrounded Gaza's al-Shifa hospital before dawn on Monday in what "
        "the military called a precise operation against Hamas militants inside the complex. "
        "Gunfire and explosions were heard around the hospital for hours, and the army said it "
        "had killed 20 gunmen and detained about 200 people for questioning. Patients, "
        "displaced families and medical staff were trapped inside, the Gaza health ministry said. "
        "Among those detained were several doctors who had been running a small clinical "
        "research unit on wound infections, according to a British surgeon who had worked with "
        "them. Al-Shifa was once the largest hospital in the strip and housed its only "
        "functioning microbiology laboratory. The World Health Organization said it had lost "
        "contact with its staff at the hospital. Fighting also continued in the south around Khan "
        "Younis, where aid groups say hospitals are running out of fuel and anaesthetics.",
        "M H D",
        "raid",
    ),
    (
        "WHO warns of 'huge biological risk' after fighters seize Khartoum lab",
        "The World Health Organization warned on Tuesday of an extremely dangerous situation after "
        "one of the warring parties in Sudan occupied the National Public Health Laboratory in "
        "central Khartoum and expelled its technicians. The laboratory stores samples of measles, "
        "cholera and polio pathogens, as well as blood bags, said Nima Saeed Abid, the WHO "
        "representative in Sudan. Power cuts mean the stocks can no longer be kept refrigerated "
        "safely. The agency did not say which side had taken the building; fighting between the "
        "army and the paramilitary Rapid Support Forces has raged around the capital's "
        "government district for ten days. At least 459 people have been killed and more than "
        "4,000 wounded in the clashes, according to the UN. Many hospitals in Khartoum are out of "
        "service, and medical supplies are running out. Biosafety specialists said the greater "
        "immediate danger was the loss of diagnostic capacity in the middle of a cholera season.",
        "B H",
        "battle",
    ),
    (
        "Sudan's natural history museum caught in Khartoum crossfire as scientists flee",
        "The Sudan Natural History Museum in central Khartoum has been hit by gunfire and its "
        "animals left without care since fighting broke out between the army and the Rapid "
        "Support Forces, university staff say. The museum, run by the University of Khartoum, "
        "holds one of Africa's most important collections of birds and reptiles and kept live "
        "snakes, crocodiles and tortoises. A zoologist who escaped to Port Sudan said that staff "
        "could not reach the building for weeks because of snipers and clashes along Nile Street. "
        "Photographs shared by volunteers show smashed display cases and dead birds on the floor. "
        "Dozens of the university's researchers have fled to Egypt, Ethiopia or the east of the "
        "country, and its main campus is in an area controlled by the RSF. “Our collections are "
        "the memory of Sudan's biodiversity, and we cannot protect them,” the zoologist said. "
        "Colleagues abroad are trying to digitise the records that remain.",
        "B D",
        "battle",
    ),
    (
        "Satellite images show mass killings after RSF takes El Fasher, Yale lab says",
        "Satellite images taken after the Rapid Support Forces seized El Fasher show clusters of "
        "objects consistent with human bodies and reddish ground discolouration near the city's "
        "berm, researchers at Yale's Humanitarian Research Lab said on Tuesday. The paramilitary "
        "group took the last army stronghold in Darfur on Sunday after an 18-month siege. The lab, "
        "which analyses commercial imagery for evidence of atrocities, said it had identified "
        "signs of door-to-door killings in the Daraja Oula neighbourhood and around the Saudi "
        "hospital. The UN said more than 26,000 people had fled the city in two days, many on foot "
        "towards Tawila. The RSF denied targeting civilians and said it would investigate "
        "violations. Remote-sensing specialists cautioned that satellite data cannot establish "
        "numbers of dead on its own. “What we are seeing matches the testimony coming out,” the "
        "lab's director told reporters.",
        "V B D",
        "massacre",
    ),
    (
        "Israeli strikes kill senior Iranian nuclear scientists, Tehran confirms",
        "At least six Iranian nuclear scientists were killed in Israel's air strikes across Iran "
        "on Friday, Iranian state media reported, among them a former head of the Atomic Energy "
        "Organization of Iran. Israeli officials said the strikes targeted the enrichment site at "
        "Natanz, missile factories and senior commanders, and that the operation would continue "
        "for days. Several of the scientists were killed in their homes in northern Tehran, "
        "according to Iranian media, which showed images of a damaged apartment block. Physicists "
        "outside Iran said some of those killed had taught at Shahid Beheshti University and "
        "published in international journals on neutron transport. The IAEA said it had been "
        "told that radiation levels outside Natanz had not risen. Iran fired waves of ballistic "
        "missiles at Israel in the evening. Arms-control researchers said the killings were "
        "unlikely to erase Iran's nuclear knowledge, which is spread across hundreds of "
        "engineers.",
        "E M",
        "airstrike",
    ),
    (
        "Iranian missile strikes Weizmann Institute, destroying labs",
        "An Iranian ballistic missile hit the campus of the Weizmann Institute of Science in "
        "Rehovot overnight, causing heavy damage to at least two buildings, including one that "
        "houses life-sciences laboratories, the institute said on Sunday. No one on campus was "
        "killed, but several people in surrounding homes were lightly injured, according to "
        "Israel's emergency services. Researchers said years of work had been lost, including cell "
        "lines and tissue samples kept in freezers that were destroyed. “My entire lab is ash,” one "
        "molecular biologist wrote on social media. The strike came during a third night of "
        "Iranian missile barrages launched in response to Israel's attacks on Iran's nuclear and "
        "military sites. Weizmann, one of Israel's leading research institutes, has about 2,500 "
        "scientists and students. The institute said it would open emergency space for affected "
        "groups at other universities.",
        "E",
        "missile_strike",
    ),
    (
        "Islamic State beheads Palmyra's veteran antiquities chief",
        "Islamic State militants have beheaded Khaled al-Asaad, the 82-year-old archaeologist who "
        "looked after the ruins of Palmyra for four decades, and hung his body from a column in "
        "the town, Syria's antiquities director said on Wednesday. Al-Asaad had been held by the "
        "jihadist group for about a month, and was questioned about where treasures from the "
        "museum had been hidden, according to Maamoun Abdulkarim. The group seized Palmyra from "
        "government forces in May and has since destroyed several ancient tombs. Archaeologists "
        "around the world paid tribute to a scholar who had worked with Polish, German and "
        "American teams and translated Palmyrene inscriptions. UNESCO's director-general "
        "condemned the killing, saying the militants had murdered a great scholar because he "
        "would not betray his commitment to the site. Experts fear that the Temple of Bel, the "
        "best-preserved monument on the site, could be next.",
        "V T",
        "execution",
    ),
    (
        "Syrian war forces first withdrawal from Arctic seed vault",
        "An international agricultural research centre has asked for seeds back from the Svalbard "
        "Global Seed Vault because fighting in Syria has made its own gene bank near Aleppo "
        "unusable, the vault's operators said on Monday. The International Center for "
        "Agricultural Research in the Dry Areas (ICARDA) left its headquarters at Tel Hadya in "
        "2012 as clashes between rebels and government troops spread around the city. Fighting "
        "between rebel groups and the army around the site has continued this summer, and staff who "
        "remain have kept the cold stores running but cannot send seeds out, a spokeswoman said. It has asked for about 130 boxes, holding some 116,000 "
        "samples of wheat, barley, lentils and grasses, to rebuild its collection in Lebanon and "
        "Morocco. Many of its scientists have moved to Beirut and Rabat. Plant breeders say the "
        "collection, rich in drought-tolerant varieties, is vital for crops in a warming climate. "
        "The vault, dug into a mountain in 2008, holds nearly a million seed samples.",
        "B D",
        "war_disruption",
    ),
]
