"""dev15 positives: Kurdistan and the Caucasus; Kosovo/Serbia and Northern Ireland; Ukraine
and Russia.

POSITIVES = [(title, text, tag codes, kind), ...].
"""

POSITIVES = [
    # ---------------------------------------------------------------- positives: Kurdistan and Caucasus
    (
        "Drone strike kills four in Sinjar car",
        "A drone struck a car near Sinjar in northern Iraq on Tuesday, killing four members of a Yazidi armed group, local officials said. Turkey has carried out similar strikes against groups it links to the PKK.",
        "E",
        "drone_strike",
    ),
    (
        "Iran fires missiles at targets in Erbil",
        "Iran's Revolutionary Guards fired ballistic missiles at what they said was an Israeli spy headquarters in Erbil, killing a Kurdish businessman and members of his family, the Kurdistan regional government said. Baghdad recalled its ambassador from Tehran.",
        "E",
        "missile_attack",
    ),
    (
        "Attack on aerospace company in Ankara kills five",
        "Attackers armed with rifles and explosives stormed the headquarters of Turkish Aerospace Industries near Ankara, killing five people before being killed, the interior minister said. Turkey blamed the PKK and called it a terrorist attack. Turkish jets struck targets in northern Iraq and Syria that night.",
        "V T E",
        "terrorist_attack",
    ),
    (
        "Drone hits convoy of protesters near Tishreen dam",
        "A Turkish drone struck a convoy of civilians travelling to protest near the Tishreen dam in northern Syria, killing at least six people, the Kurdish-led administration said. Fighting between the Syrian Democratic Forces and Turkish-backed factions has continued around the dam for weeks.",
        "E V B",
        "drone_strike",
    ),
    (
        "Peshmerga killed in IS attack near Makhmour",
        "Islamic State militants attacked Kurdish Peshmerga positions near Makhmour overnight, killing three soldiers, the Kurdistan region's ministry said. The fighting lasted several hours.",
        "B T",
        "battle",
    ),
    (
        "Mahabad: security forces open fire on mourners",
        "Security forces fired on crowds at a funeral in Mahabad, in Iran's Kurdish northwest, killing at least two people, rights groups said. Protests over the death in custody of a young Kurdish woman have spread to dozens of cities. Videos showed burning barricades in the streets.",
        "U",
        "crackdown",
    ),
    (
        "Tourists killed as shells hit Zakho resort",
        "Shells struck a summer resort near Zakho in Iraq's Kurdistan region, killing nine tourists, including children, who had come from southern Iraq to escape the heat. Iraq blamed Turkey, which denied involvement.",
        "E V",
        "shelling",
    ),
    (
        "Karabakh Armenians pour into Armenia after offensive",
        "More than 100,000 ethnic Armenians have left Nagorno-Karabakh for Armenia in a week, following Azerbaijan's one-day offensive that forced separatist forces to lay down arms. Cars filled the mountain road to Goris for days. Armenian officials said the region would soon be empty.",
        "D M",
        "displacement",
    ),
    (
        "Gunmen attack churches, synagogue and police post in Dagestan",
        "Gunmen attacked two Orthodox churches, a synagogue and a police post in Derbent and Makhachkala on Sunday evening, killing a priest and more than 15 police officers, officials said. Russian authorities opened a terrorism case. Five attackers were killed.",
        "V T B",
        "terrorist_attack",
    ),
    (
        "Armenia says Azerbaijan shelled border towns overnight",
        "Azerbaijani forces shelled Jermuk, Goris and other towns in Armenia with artillery and drones overnight, Armenia's defence ministry said, and fighting continued along the border. Dozens of soldiers were killed on both sides.",
        "E B",
        "shelling",
    ),
    (
        "Tbilisi police beat protesters, detain dozens",
        "Police used water cannon and pepper spray and beat protesters outside parliament in Tbilisi on the fourth night of demonstrations over the suspension of EU accession talks. Protesters threw fireworks at officers. Dozens were detained.",
        "U",
        "crackdown",
    ),
    (
        "Militants killed in Nazran shootout",
        "Four militants were killed in a shootout with security forces in Nazran, Ingushetia, after a counter-terrorist operation regime was declared in the city, Russia's National Anti-Terrorism Committee said. A police officer was wounded.",
        "B M",
        "raid",
    ),
    (
        "Stepanakert queues for bread as Lachin road stays shut",
        "Residents of Stepanakert queue from before dawn for bread as the only road to Armenia remains blocked for a seventh month, a local official said. Fuel has run out and the Red Cross has been unable to bring in food. Doctors said hospitals were postponing operations.",
        "H",
        "blockade",
    ),
    # ---------------------------------------------------------------- positives: Kosovo/Serbia and Northern Ireland
    (
        "Gunmen barricade in Banjska monastery after police killed",
        "About 30 masked gunmen fought Kosovo police around the Banjska monastery in northern Kosovo on Sunday after a police officer was killed in an ambush, officials said. Three attackers were killed. Prime Minister Albin Kurti called it a terrorist attack organised from Belgrade.",
        "B T",
        "battle",
    ),
    (
        "NATO soldiers injured in clashes in Zvečan",
        "About 30 NATO peacekeepers were injured in clashes with Serb protesters outside the town hall of Zvečan in northern Kosovo, KFOR said. Protesters threw rocks and petrol bombs at troops, who used shields and tear gas.",
        "U",
        "riot",
    ),
    (
        "Blast damages canal that supplies Kosovo's power plants",
        "An explosion damaged the Ibar-Lepenac canal, which supplies water to two coal power plants in Kosovo, on Friday night. The prime minister called it a terrorist attack and blamed groups backed by Serbia, which denied involvement.",
        "E T",
        "sabotage",
    ),
    (
        "Clashes in Serbian towns as protesters attack party offices",
        "Protesters smashed and set fire to offices of the ruling Serbian Progressive Party in Valjevo and Novi Sad, and riot police fired tear gas and stun grenades, the interior ministry said. Dozens of officers and protesters were hurt.",
        "U",
        "riot",
    ),
    (
        "Petrol bombs and a hijacked bus in west Belfast",
        "Youths hijacked a bus and set it on fire at a peace wall gate in west Belfast, as petrol bombs were thrown over the wall between loyalist and nationalist areas. Police said 19 officers were hurt. Water cannon was used for the first time in six years.",
        "U",
        "riot",
    ),
    (
        "Off-duty detective shot at Omagh sports complex",
        "A senior police detective was shot several times in front of his son and children he was coaching at a sports complex in Omagh, police said. Police said the New IRA was the main line of inquiry and that the attack was being treated as terrorism.",
        "T V",
        "shooting",
    ),
    (
        "Ballymena: families leave homes after nights of disorder",
        "Several families from migrant communities left Ballymena after a third night of disorder in which houses were set on fire and police were attacked with bricks and petrol bombs. The police called the violence 'racist thuggery'. A leisure centre in Larne that sheltered families was also set alight.",
        "U V D",
        "riot",
    ),
    (
        "Journalist shot dead during Derry rioting",
        "A journalist was shot dead in Derry's Creggan estate when a gunman fired towards police during rioting, police said. Petrol bombs had been thrown at police vehicles during searches for weapons. Police blamed the New IRA and called it a terrorist incident.",
        "U T",
        "riot",
    ),
    (
        "Device found under soldier's car in Belfast",
        "An explosive device was found under the car of a serving soldier in east Belfast on Friday, police said. Police said the device was viable and treated it as attempted murder by dissident republicans.",
        "E T",
        "bombing",
    ),
    # ---------------------------------------------------------------- positives: Ukraine and Russia
    (
        "Volunteers' van hit by drone near Kherson",
        "A Russian drone hit a van carrying humanitarian aid in a village outside Kherson, killing two volunteers of a local charity, the regional governor said. The van was delivering bread and medicine to elderly residents.",
        "E V H",
        "attack_on_aid",
    ),
    (
        "Glide bombs hit Kharkiv DIY store on Saturday afternoon",
        "Two guided bombs struck a large DIY hypermarket in Kharkiv on Saturday afternoon, when about 200 people were inside, the regional governor said. At least 19 people were killed and firefighters worked through the night as the building burned.",
        "E V",
        "airstrike",
    ),
    (
        "Ukrainian forces push across the border into Kursk region",
        "Ukrainian forces pushed more than 10 km into Russia's Kursk region with armoured vehicles, in the biggest cross-border attack of the war, Russian officials said. Russia declared a federal emergency and tens of thousands of residents were evacuated from border districts.",
        "M B D",
        "ground_incursion",
    ),
    (
        "Pokrovsk families told to leave as front nears",
        "Authorities ordered families with children to leave Pokrovsk and surrounding villages as Russian troops advanced to within 10 km of the town. Evacuation trains left from Pavlohrad because the town's station had been shelled. Around 53,000 people were still in Pokrovsk, officials said.",
        "D B E",
        "displacement",
    ),
    (
        "Missiles hit Sumy centre on Palm Sunday",
        "Two Russian ballistic missiles struck the centre of Sumy on Palm Sunday morning as people were going to church and riding trolleybuses, killing 35 people, Ukrainian officials said. President Zelensky said only 'scum' could act like this.",
        "E V",
        "missile_attack",
    ),
    (
        "Refinery ablaze after overnight drone attack",
        "A fire broke out at an oil refinery in Russia's Volgograd region after an overnight attack by Ukrainian drones, the regional governor said. Russia's defence ministry said it had shot down 67 drones over several regions.",
        "E",
        "drone_strike",
    ),
    (
        "Belgorod centre shelled on New Year's Eve weekend",
        "Shells and rockets hit central Belgorod on Saturday afternoon near an ice rink and a shopping centre, killing 25 people including children, Russian officials said. Russia blamed Ukraine and vowed retaliation.",
        "E V",
        "shelling",
    ),
    (
        "Shell lands on queue for aid in Zaporizhzhia village",
        "A shell landed among people queuing for humanitarian aid in a village near Orikhiv, killing three and wounding nine, the regional governor said. Residents had gathered at the distribution point for flour and hygiene kits.",
        "E V H",
        "shelling",
    ),
    (
        "Video appears to show surrendering soldiers shot",
        "Ukraine's prosecutor general opened an investigation after a video appeared to show Russian soldiers shooting six Ukrainian soldiers who had surrendered near Pokrovsk. The men were lying on the ground with their hands behind their heads.",
        "V",
        "execution",
    ),
]
