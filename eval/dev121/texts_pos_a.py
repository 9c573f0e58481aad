"""dev121 positives (1 of 3): headlines and ledes that report current organised violence in
Ukraine and Russia, Israel, Gaza, the West Bank, Lebanon, Yemen, Iran, Syria and Iraq, and
terrorist attacks in Europe (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Kyiv declares day of mourning after overnight Russian attack kills 9",
        "Kyiv will observe a day of mourning on Friday, Mayor Vitalii Klitschko said. "
        "Russia's overnight drone and ballistic missile attack on the capital killed at least "
        "nine people, including a six-year-old boy, and brought down part of a nine-storey "
        "apartment building in the Sviatoshynskyi district. Rescuers were still pulling "
        "people from the rubble in the morning.",
        "E",
        "missile and drone strike",
    ),
    (
        "Death toll from Russian strike on Sumy rises to 35, Ukraine says",
        "The death toll from a Russian ballistic missile strike on the centre of the "
        "northeastern Ukrainian city of Sumy has risen to 35, including two children, "
        "Ukraine's State Emergency Service said on Monday. The missiles hit a main street as "
        "residents gathered for Palm Sunday, and President Volodymyr Zelenskiy said only "
        "“scum” could attack ordinary people on a church holiday.",
        "E V",
        "missile strike",
    ),
    (
        "Russia says it captured two more villages in eastern Ukraine",
        "Russian forces have captured two more villages in Ukraine's Donetsk region, the "
        "defence ministry in Moscow said Saturday, as its troops push towards the logistics "
        "hub of Kostiantynivka, claims AFP could not independently verify.",
        "B",
        "territory claimed",
    ),
    (
        "Saratov rations fuel after refinery fire",
        "Petrol stations across Russia's Saratov region limited sales to 20 litres per car "
        "on Monday after a fire shut the regional capital's oil refinery. Ukrainian drones "
        "hit the plant overnight, the governor said, the latest in a series of strikes on "
        "Russian energy facilities. Russia's defence ministry said its air defences had "
        "downed 121 drones over 14 regions.",
        "E",
        "drone strike",
    ),
    (
        "Children to be moved from Belgorod border villages after shelling kills woman",
        "A woman was killed and three people were wounded when Ukrainian forces shelled the "
        "town of Shebekino in Russia's Belgorod region, Governor Vyacheslav Gladkov said on "
        "Telegram on Tuesday. He said children from several border villages would be taken "
        "to camps in safer areas for the rest of the summer.",
        "E D",
        "shelling",
    ),
    (
        "Russian drone hits cargo ship in Izmail port, two crew injured",
        "A Russian drone struck a Panama-flagged cargo ship in the Danube port of Izmail "
        "overnight, injuring two crew members and setting part of the deck on fire, Odesa "
        "Oblast Governor Oleh Kiper said on Sept 9. The attack was the third on Ukraine's "
        "river ports this month, which handle a large share of the country's grain exports.",
        "E",
        "attack on shipping",
    ),
    (
        "Dozens killed near Gaza aid site as Palestinians wait for food",
        "At least 31 Palestinians were killed and more than 170 wounded when Israeli forces "
        "opened fire on crowds gathered near a food distribution site in Rafah before dawn, "
        "according to Gaza's Health Ministry. Witnesses told Al Jazeera that tanks and drones "
        "fired on people as they walked towards the site run by the US-backed Gaza "
        "Humanitarian Foundation.",
        "V H",
        "attack on aid seekers",
    ),
    (
        "Famine confirmed in Gaza City, UN-backed hunger monitor says",
        "Famine is occurring in Gaza City and its surroundings and is projected to spread to "
        "Deir al-Balah and Khan Younis by the end of September, the Integrated Food Security "
        "Phase Classification said on Friday. More than half a million people face "
        "catastrophic hunger after nearly two years of war and months in which Israel "
        "severely restricted aid deliveries, the monitor said. Israel rejected the finding.",
        "H",
        "famine in war zone",
    ),
    (
        "IDF says soldier killed by sniper in southern Gaza as troops push deeper into Khan Younis",
        "A soldier from the Givati Brigade was killed by sniper fire in the southern Gaza "
        "Strip on Wednesday, the military announced, as troops expanded a ground operation "
        "in eastern Khan Younis. The IDF said its forces had killed several Hamas gunmen and "
        "located tunnel shafts in the area over the past day.",
        "B M",
        "ground operation",
    ),
    (
        "US urges Israel to investigate death of Palestinian-American in West Bank",
        "The United States on Sunday urged Israel to investigate the killing of a 20-year-old "
        "Palestinian-American in the occupied West Bank. Relatives and the Palestinian Health "
        "Ministry said he was beaten to death by Israeli settlers who stormed the village of "
        "Sinjil on Friday, setting fire to homes and cars.",
        "V",
        "settler attack",
    ),
    (
        "40,000 forced from homes as Israel's West Bank camp operation enters second month",
        "About 40,000 Palestinians have been forced from their homes in the northern West "
        "Bank since Israel launched a military operation in the Jenin and Tulkarm refugee "
        "camps, the UN agency for Palestinian refugees said on Monday. Residents say Israeli "
        "bulldozers have demolished dozens of buildings to carve wide roads through the camps.",
        "M D",
        "military raid",
    ),
    (
        "Israeli drone strike kills 2 in southern Lebanon despite ceasefire",
        "BEIRUT — An Israeli drone strike on a car near the town of Bint Jbeil in southern "
        "Lebanon killed two people on Thursday, Lebanon's Health Ministry said, in the latest "
        "breach of the November 2024 ceasefire between Israel and Hezbollah.",
        "E",
        "drone strike",
    ),
    (
        "Houthis release video of attack on bulk carrier that sank in Red Sea",
        "Yemen's Houthi rebels have released footage of their attack on the Liberian-flagged "
        "bulk carrier Eternity C, which sank in the Red Sea after being hit by sea drones, "
        "rocket-propelled grenades and gunfire. At least four crew members were killed and "
        "several remain unaccounted for, the ship's manager said, in the second attack on "
        "commercial shipping in a week.",
        "E",
        "attack on shipping",
    ),
    (
        "US strikes on Yemen's Ras Isa fuel port kill dozens, Houthi health ministry says",
        "SANAA, Yemen (AP) — American airstrikes on the Ras Isa fuel port in Yemen's Hodeidah "
        "province killed at least 74 people and wounded 171, the Houthi-run health ministry "
        "said Friday, the deadliest day of the US air campaign against the rebels. Central "
        "Command said the strikes were meant to cut off a source of fuel and revenue for the "
        "Iran-backed group.",
        "E M",
        "air campaign",
    ),
    (
        "Iranian missile hits Beersheba hospital as barrage strikes central Israel",
        "An Iranian ballistic missile struck Soroka Medical Center in Beersheba early "
        "Thursday, causing heavy damage to an old surgical building and lightly wounding "
        "dozens, as the same barrage hit residential buildings in Tel Aviv, Ramat Gan and "
        "Holon. Magen David Adom said 71 people were taken to hospitals across the country. "
        "Prime Minister Benjamin Netanyahu vowed that Tehran would “pay a heavy price.”",
        "E V",
        "missile strike",
    ),
    (
        "Death toll in Syria's Sweida clashes passes 30 as government sends troops",
        "At least 30 people were killed and about 100 wounded in clashes between Druze "
        "fighters and Bedouin tribes in Syria's southern Sweida province, the interior "
        "ministry said on Monday, the worst such fighting in the Druze heartland since the "
        "fall of Bashar al-Assad. The ministry said it was deploying forces to the area to "
        "end the violence, which began with a string of kidnappings on the Damascus highway.",
        "B M",
        "communal clashes",
    ),
    (
        "Monitor says over 1,000 civilians killed in two days of violence on Syria's coast",
        "More than 1,000 civilians, most of them Alawites, have been killed in two days of "
        "violence in Syria's coastal heartland, the Syrian Observatory for Human Rights said "
        "Saturday, describing “executions” by security forces and allied groups. The killings "
        "followed attacks on the new authorities' forces by gunmen loyal to ousted president "
        "Bashar al-Assad.",
        "V B",
        "massacre",
    ),
    (
        "Death toll in Damascus church suicide bombing rises to 22",
        "At least 22 people have been killed and 63 wounded after a suicide bomber opened "
        "fire on worshippers and then blew himself up inside the Mar Elias Church in "
        "Damascus during Sunday mass, Syria's health ministry says. The interior ministry "
        "blamed ISIL (ISIS) for the attack, the first on a church in the capital in years.",
        "T E V",
        "suicide bombing",
    ),
    (
        "Islamic State militants kill four Iraqi soldiers in ambush south of Kirkuk",
        "Islamic State militants ambushed an army patrol in the Wadi al-Shay area south of "
        "Kirkuk overnight, killing four soldiers including an officer, two security sources "
        "said on Sunday.",
        "T B",
        "ambush",
    ),
    (
        "Car driven into union demonstration in Munich; prosecutors see Islamist motive",
        "The 24-year-old Afghan man who drove a car into a trade union demonstration in "
        "Munich, injuring 36 people, appears to have acted out of religious motives, "
        "prosecutors said on Friday. Federal prosecutors, who handle terrorism cases in "
        "Germany, have taken over the investigation.",
        "T V",
        "vehicle attack",
    ),
    (
        "Austrian police say Syrian who stabbed passers-by in Villach pledged allegiance to IS",
        "VIENNA (AP) — A 23-year-old Syrian asylum-seeker who killed a 14-year-old boy and "
        "wounded five other people in a knife attack in the southern Austrian city of Villach "
        "had been radicalized online and pledged allegiance to the Islamic State group, "
        "police said Sunday. Interior Minister Gerhard Karner called it an Islamist terror "
        "attack.",
        "T V",
        "terrorist attack",
    ),
    (
        "Two killed in attack outside Manchester synagogue on Yom Kippur",
        "Two people have died and three others are seriously injured after a man drove a car "
        "at people outside a synagogue in Crumpsall, north Manchester, and then attacked them "
        "with a knife. Greater Manchester Police declared a major incident, and counter-"
        "terrorism police said it was being treated as a terrorist incident.",
        "T V",
        "terrorist attack",
    ),
    (
        "Six killed in terror shooting at Jerusalem's Ramot Junction",
        "Two Palestinian gunmen opened fire at a bus stop at the entrance to Jerusalem's "
        "Ramot neighborhood on Monday morning, killing six people and wounding a dozen "
        "others in what police called a terror attack.",
        "T V",
        "terrorist attack",
    ),
    (
        "Russian general killed by car bomb outside Moscow, investigators say",
        "A senior officer of the Russian General Staff was killed on Friday when an explosive "
        "device planted in a car blew up in the town of Balashikha outside Moscow, Russia's "
        "Investigative Committee said. Investigators opened a criminal case over a terrorist "
        "act, and state media said Moscow suspected Ukrainian intelligence.",
        "E T",
        "car bombing",
    ),
]
