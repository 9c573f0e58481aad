"""Positives of eval/dev30, Europe, Ukraine and Russia included: (title, text, tags, kind)."""

POSITIVES = [
    (
        "Russian missile hits Kyiv children's hospital in daytime barrage",
        "KYIV — A Russian missile struck Ukraine's largest children's hospital in Kyiv on Monday "
        "during a wave of daytime strikes on cities across the country that killed at least 38 "
        "people, Ukrainian officials said. Part of the Okhmatdyt hospital's toxicology building "
        "collapsed, and doctors, parents and volunteers pulled rubble away by hand as smoke rose "
        "over the site. Children with cancer, some still attached to drips, were carried into "
        "the street and later moved to other hospitals. Two adults were killed at the hospital, "
        'including a doctor, and several children were injured, the city authorities said. "We '
        "were in the dialysis room when the windows blew in,\" a nurse told reporters. Ukraine's "
        "air force said Russia had fired more than 40 missiles of different types at Kyiv, "
        "Dnipro, Kryvyi Rih, Sloviansk and Kramatorsk. President Volodymyr Zelensky said the "
        "attack showed why Ukraine needed more air defence systems from its allies, and called "
        "for a strong international response. Russia's defence ministry said it had struck "
        "military and defence industry targets and claimed that the damage to the hospital had "
        "been caused by a Ukrainian air defence missile, a claim that UN monitors rejected after "
        "analysing video of the strike. The UN Security Council held an emergency meeting. "
        "Kyiv's mayor declared a day of mourning. Health ministry officials said more than 600 "
        "children had been receiving treatment at the hospital, and that dialysis and oncology "
        "departments had been put out of action. In the hours after the strike, hundreds of Kyiv "
        "residents came to the hospital to help clear debris, forming chains to pass broken "
        "concrete and glass out of the building, and others queued to donate blood. Doctors said "
        "some surgeries had been under way when the missile struck and were completed in other "
        'buildings. "We had children on the operating table. We could not stop," a surgeon said. '
        "Ukraine's prosecutor general said investigators had identified fragments of a Kh-101 "
        "cruise missile at the site. In Dnipro, a strike on an industrial facility killed "
        "several workers, and in Kryvyi Rih, President Zelensky's home city, ten people were "
        "killed when a missile hit near an industrial plant. The barrage was one of the heaviest "
        "on Kyiv in months.",
        "E V H",
        "missile_attack",
    ),
    (
        "Russia opens new front in Kharkiv region; thousands evacuated from border towns",
        "KHARKIV, Ukraine — Russian troops pushed across the border into Ukraine's Kharkiv "
        "region on Friday, opening a new front in the war and capturing several villages, as "
        "Ukrainian authorities evacuated thousands of civilians from towns under bombardment. "
        "Ukraine's defence ministry said its forces were fighting to hold back the offensive "
        "near Vovchansk, a town about five kilometres from the Russian border, and had sent "
        'reserves to the area. Russia\'s defence ministry said its troops had "liberated" five '
        "villages. Police officers and volunteers drove elderly residents out of Vovchansk in "
        'armoured vans as guided bombs and artillery pounded the town. "There is not a single '
        'house left whole on my street," said Valentyna, 76, as she was helped out of a van at '
        "an evacuation point in Kharkiv. Regional officials said more than 4,000 people had been "
        "evacuated within three days. Military analysts said the offensive appeared aimed at "
        "creating a buffer zone and drawing Ukrainian troops away from the east, where Russia "
        "has been advancing slowly around Avdiivka and Chasiv Yar. President Zelensky said "
        "Ukraine had known the attack was coming and had prepared defences, but some Ukrainian "
        "soldiers and commanders said on social media that fortifications along the border had "
        "not been finished. Russia invaded Ukraine in February 2022, and the war has killed tens "
        "of thousands of soldiers on both sides and devastated cities in the east and south. "
        "Kharkiv, Ukraine's second-largest city, about 30 kilometres from the border, was also "
        "struck by guided bombs and missiles over the weekend, damaging a hardware store and "
        "residential buildings. Regional governor Oleh Syniehubov said the situation was "
        "difficult but under control and urged residents of the city not to panic. Volunteers "
        "said the evacuation of Vovchansk was made harder by the constant drone attacks on the "
        "roads, and some elderly residents refused to leave their homes. Ukraine's foreign "
        "minister asked allies to urgently send more air defence systems. Russia's President "
        "Vladimir Putin later said the aim of the offensive was to create a buffer zone to "
        "protect the Russian city of Belgorod from Ukrainian shelling.",
        "B E M D",
        "offensive",
    ),
    (
        "Gunmen open fire at concert hall near Moscow, killing more than 130",
        "MOSCOW — Gunmen in camouflage opened fire on concertgoers at the Crocus City Hall in "
        "Krasnogorsk, on the outskirts of Moscow, on Friday evening and set the building on "
        "fire, killing at least 133 people in the deadliest attack in Russia in two decades, "
        "investigators said. Videos posted online showed attackers shooting people at close "
        "range in the foyer before a rock concert, as audience members ran for the exits. A fire "
        'then spread through the building, causing part of the roof to collapse. "We lay on the '
        'floor for fifteen minutes, then we crawled to the exit," a woman who had come to the '
        "concert with her husband told state television. The Islamic State group claimed "
        "responsibility through its news agency and later released footage apparently filmed by "
        "one of the gunmen. Russia's Investigative Committee opened a terrorism case. The FSB "
        "security service said four suspected gunmen had been detained in the Bryansk region, "
        "near the border with Ukraine, along with seven others. President Vladimir Putin, in an "
        "address to the nation, declared a day of mourning and said the attackers had been "
        "trying to flee to Ukraine, a claim Kyiv strongly denied. US officials said they had "
        "warned Russia of a possible attack on large gatherings in Moscow two weeks earlier. "
        "Hundreds of people queued to give blood in Moscow, and flowers piled up at a makeshift "
        "memorial outside the burned building. On Sunday, the four men accused of carrying out "
        "the shooting appeared in a Moscow court, charged with terrorism, and several of them "
        "showed signs of having been beaten. All four were citizens of Tajikistan, the court "
        "said. Relatives of missing concertgoers gathered at hospitals and at a centre set up by "
        "the authorities to identify the dead, and rescuers continued to search the charred "
        "ruins of the concert hall. Russian regions cancelled public events, and the authorities "
        "tightened security at stations, airports and shopping centres. The Islamic State's "
        "Afghan branch, known as Islamic State Khorasan Province, has carried out attacks on "
        "Russian targets before, including a suicide bombing at the Russian embassy in Kabul in "
        "2022.",
        "T V",
        "terror_attack",
    ),
    (
        "Ukrainian troops push into Russia's Kursk region; Moscow evacuates residents",
        "KYIV — Ukrainian forces pressed their cross-border incursion into Russia's Kursk region "
        "for a sixth day on Sunday, with Moscow saying it had evacuated more than 76,000 people "
        "from border districts in the largest foreign attack on Russian territory since the "
        "Second World War. Russia's defence ministry said its troops, backed by air strikes and "
        "artillery, were fighting Ukrainian units near the town of Sudzha and had stopped the "
        "enemy from advancing deeper. Ukrainian officials, who had at first said little about "
        "the operation, confirmed that their troops were fighting on Russian soil and said it "
        "was intended to put pressure on Moscow and protect Ukrainian border areas from "
        "shelling. Russian state television showed residents of Kursk queuing at temporary "
        'accommodation centres and at aid points handing out food and clothing. "We left with '
        'one bag. We do not know when we will go back," said an elderly woman evacuated from '
        "Sudzha. Kursk's acting governor declared a regional emergency, and a counter-terrorism "
        "regime was introduced in three border regions. Military bloggers in Russia criticised "
        "commanders for having left the border thinly defended. The incursion surprised "
        "Ukraine's allies as well as Russia, and US officials said Washington had not been told "
        "in advance. Analysts said the operation lifted Ukrainian morale after months of Russian "
        "gains in the eastern Donetsk region but left Kyiv's defences in the east stretched. "
        "Russian officials said a Ukrainian drone had hit an apartment block in the city of "
        "Kursk, injuring more than a dozen people, and that missiles and drones had been shot "
        "down over several regions. Ukrainian commanders said they had taken dozens of Russian "
        "soldiers prisoner, many of them young conscripts, and published videos showing them. "
        "Russia's neighbouring Belgorod region also began evacuating residents from a border "
        'district. President Putin called the incursion a "large-scale provocation" and held a '
        "meeting with security officials, at which he said the enemy would receive a worthy "
        "response. The Russian defence ministry released videos of tanks and artillery units "
        "moving towards the region.",
        "M B E D H",
        "ground_incursion",
    ),
    (
        "Rioters attack hotel housing asylum seekers in England",
        "ROTHERHAM, England — Hundreds of rioters attacked a hotel housing asylum seekers near "
        "Rotherham in northern England on Sunday, smashing windows and setting fire to bins "
        "pushed against the building while people were inside, police said. Officers with "
        "shields were pelted with bricks, planks and fire extinguishers, and at least ten were "
        "injured, South Yorkshire Police said. Video showed men in masks kicking in doors and "
        "chanting anti-immigrant slogans. Staff and residents barricaded themselves in an "
        "upstairs room until police cleared the crowd. \"It was the scariest thing I've ever "
        'seen. They were trying to get in to hurt people," said a hotel worker. The violence was '
        "the latest in a week of disorder in English towns that followed the fatal stabbing of "
        "three young girls at a dance class in Southport, after false claims spread online that "
        "the attacker was a Muslim asylum seeker. Mosques were attacked in Southport and in "
        "Sunderland, where a police station was set on fire. Prime Minister Keir Starmer "
        'condemned what he called "far-right thuggery" and promised that those involved would '
        "face the full force of the law. Police forces across the country were placed on "
        "standby, and courts began fast-tracking cases against rioters. More than 400 people had "
        "been arrested across England by Monday. Muslim community groups advised people to stay "
        "at home after dark.",
        "U V",
        "riot",
    ),
    (
        "Police officer dies after knife attack at anti-Islam rally in Mannheim",
        "MANNHEIM, Germany — A German police officer who was stabbed in the head while trying to "
        "stop an attack on an anti-Islam rally in Mannheim has died of his injuries, police said "
        "on Sunday. The 29-year-old officer was one of six people wounded on Friday when a man "
        "armed with a knife attacked members of the Citizens' Movement Pax Europa, which was "
        "holding an information stand in the city's market square. Video of the attack showed "
        "the man stabbing a speaker and others before turning on the officer, who had knelt on "
        "another man. The attacker was shot and wounded by a second officer. Germany's federal "
        "prosecutor, whose office handles terrorism cases, took over the investigation, saying "
        "there were indications of an Islamist motive. The suspect, a 25-year-old man from "
        "Afghanistan who came to Germany in 2013, was placed in custody on suspicion of murder. "
        '"This is an attack on our democracy and on freedom of expression," the interior '
        "minister said. Hundreds of people gathered in the market square for a minute's silence, "
        "and politicians from across the spectrum condemned the attack. Conservative leaders "
        "called for deportations of criminals to Afghanistan to resume. The attack came a week "
        "before European elections in which migration was a major campaign issue. German "
        "prosecutors said the suspect had not previously been known to the security services as "
        "an extremist.",
        "T V",
        "stabbing_attack",
    ),
    (
        "Gunmen besiege monastery in Kosovo after killing police officer",
        "BANJSKA, Kosovo — About 30 heavily armed men attacked Kosovo police in a village in the "
        "north of the country on Sunday, killing one officer, and then barricaded themselves in "
        "a Serbian Orthodox monastery, leading to hours of gunfire with special police units, "
        "officials said. Kosovo's prime minister, Albin Kurti, said the attackers were "
        '"professionals" with military equipment, and accused Serbia of backing them. Police '
        "said three of the gunmen were killed and several were arrested, and that the rest had "
        "fled across the border towards Serbia. Pilgrims who had been inside the monastery "
        "locked themselves in the church, the diocese said. Officers later found armoured "
        "vehicles, rocket launchers and hundreds of kilograms of explosives near the village of "
        "Banjska. Serbia's president, Aleksandar Vucic, denied any involvement by Belgrade and "
        'said the gunmen were local Serbs who had rebelled against "Kurti\'s terror", a '
        "description the EU rejected. A Kosovo Serb politician later said he had organised the "
        "group. NATO peacekeepers increased patrols in the north. The attack was the most "
        "serious violence in Kosovo in years. The north of Kosovo, where most residents are "
        "ethnic Serbs, has seen tensions since Kosovo declared independence from Serbia in 2008, "
        "a step Belgrade does not recognise.",
        "B",
        "armed_attack",
    ),
]
