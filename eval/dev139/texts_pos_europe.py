"""dev139 positives (1 of 4): live-page entries that report current organised violence in Ukraine and
Russia, Europe and Australia (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Ternopil toll rises to 26, including five children",
        "Update: The number of people killed in Wednesday's Russian strike on two apartment "
        "blocks in Ternopil has risen to 26, five of them children, the State Emergency "
        "Service says. Rescuers are still working through the collapsed sections of the "
        "nine-storey buildings, and 22 residents remain unaccounted for. The strike came "
        "shortly after 7am, when many residents were still asleep. Regional authorities have "
        "declared three days of mourning.",
        "E",
        "missile strike",
    ),
    (
        "Russia hits energy facilities in eight oblasts in overnight barrage",
        "Russia launched 458 drones and 45 missiles at Ukraine overnight, most of them aimed "
        "at power plants and substations in eight oblasts, the Air Force said on the morning "
        "of 8 November. Air defences downed 406 drones and nine missiles. Emergency power "
        "cuts are in place in Kyiv, Kharkiv and Poltava oblasts, Ukrenergo said, and repair "
        "crews will start work once the air raid alert is lifted.",
        "E",
        "missile and drone attack",
    ),
    (
        "Russian infiltration groups reach central Pokrovsk, Ukrainian commander says",
        "09:40: Small Russian assault groups have pushed into the centre of Pokrovsk and are "
        "fighting Ukrainian units street by street, a commander of the 7th Rapid Response "
        "Corps told the Kyiv Independent. He said Russia was sending soldiers through gaps "
        "in the defence two or three at a time, often under cover of fog. Russia's Defence "
        "Ministry claimed on Thursday that its troops had taken several more neighbourhoods, "
        "which could not be verified.",
        "B",
        "battle",
    ),
    (
        "Russia says 76,000 evacuated as Ukrainian troops push into Kursk region",
        "Latest: Russian authorities say about 76,000 people have been evacuated from border "
        "districts of the Kursk region as fighting with Ukrainian forces entered its sixth "
        'day. Acting governor Alexei Smirnov said the situation remained "difficult" around '
        "the town of Sudzha, where Ukrainian units are reported to be operating. Kyiv has "
        "said little publicly about the incursion, the largest foreign attack on Russian "
        "soil since the Second World War.",
        "B M D",
        "ground incursion",
    ),
    (
        "Missiles hit Sumy city centre on Palm Sunday morning",
        "Two Russian ballistic missiles struck the centre of Sumy at about 10:15 local time, "
        "as people were heading to church for Palm Sunday, killing at least 32 people, "
        "including two children, regional officials say. Footage verified by the BBC shows "
        "bodies lying next to a burnt-out trolleybus on a busy street near the university.",
        "E V",
        "missile strike",
    ),
    (
        "Ukrainian drones set refinery ablaze in Russia's Saratov region, governor says",
        "A fire broke out at an oil refinery in Saratov after a Ukrainian drone attack "
        "overnight, the region's governor Roman Busargin said on Telegram, adding that there "
        "were no casualties. Russia's Defence Ministry said it had shot down 57 drones over "
        "several regions. Flights at Saratov airport were suspended for several hours. "
        "Reuters could not independently verify the extent of the damage.",
        "E",
        "drone strike",
    ),
    (
        "Kherson: woman killed by drone while cycling to market",
        "A 64-year-old woman was killed when a Russian drone dropped explosives on her as "
        "she cycled to a market in Kherson's Dniprovskyi district on Sunday morning, the "
        "regional military administration said. Residents say drones hunt anyone moving on "
        'the streets near the riverbank, a practice local officials call a "human safari".',
        "E V",
        "drone attack",
    ),
    (
        "Ukraine investigating report that Russian troops shot surrendering soldiers",
        "Ukraine's prosecutor general's office says it has opened a war crimes investigation "
        "after drone footage appeared to show Russian soldiers shooting three Ukrainian "
        "servicemen who had come out of a dugout with their hands raised near Pokrovsk. "
        "Prosecutors say the men had been captured and executed on the spot. The footage has "
        "not been independently verified, and Moscow has not commented.",
        "V",
        "execution",
    ),
    (
        "Families with children ordered out of 11 villages in Zaporizhzhia Oblast",
        "Authorities have ordered the mandatory evacuation of families with children from 11 "
        "frontline settlements in Zaporizhzhia Oblast as Russian shelling and guided-bomb "
        "attacks on the area intensify, Governor Ivan Fedorov said. About 600 children are "
        "expected to be moved to safer areas in the coming days. Evacuation buses will leave "
        "from Stepnohirsk and Prymorske twice a day.",
        "D E",
        "evacuation",
    ),
    (
        "More on the Kharkiv glide bomb attack",
        "More on that attack: Kharkiv's mayor Ihor Terekhov says two guided aerial bombs hit "
        "the Kyivskyi district shortly after 14:00, one of them striking the yard of a "
        "kindergarten. Twelve people are being treated in hospital, among them a boy of six, "
        "and a 70-year-old man has died of his injuries. The children inside had been moved "
        "to the kindergarten's shelter minutes before the impact, Terekhov said.",
        "E V",
        "glide bomb",
    ),
    (
        "Russian general killed in car bombing outside Moscow",
        "A senior Russian general has been killed after a car exploded in a residential "
        "courtyard in Balashikha, east of Moscow, Russia's Investigative Committee says. "
        "Lieutenant General Yaroslav Moskalik, a deputy head of the General Staff's main "
        "operations directorate, died at the scene. Investigators have opened a case under "
        "the article on terrorist acts and say the device was packed with shrapnel. State "
        "television showed the burnt-out shell of a Volkswagen Golf.",
        "E T",
        "car bomb",
    ),
    (
        "Zelensky: 'Every such strike shows Moscow is not interested in peace'",
        "Ukraine's president has reacted to the overnight attack, in which Russia fired more "
        "than 40 missiles and nearly 600 drones, killing four members of one family in Lviv. "
        '"Every such strike shows Moscow is not interested in peace," Volodymyr Zelensky '
        "wrote, urging allies to speed up deliveries of air defence systems. Lviv's mayor "
        "said the family's house had taken a direct hit. Poland scrambled jets as the attack "
        "unfolded near its border.",
        "E",
        "missile and drone attack",
    ),
    (
        "Correction: Kostiantynivka market strike toll",
        "Correction: An earlier post said 15 people had been killed in this morning's "
        "Russian strike on the crowded central market in Kostiantynivka. The regional "
        "governor's latest figure is five dead and 17 wounded, and we have amended the "
        "entry.",
        "E V",
        "missile strike",
    ),
    (
        "Southport: police attacked outside mosque as disorder spreads",
        "Merseyside Police say more than 50 officers were injured on Tuesday night after a "
        "crowd threw bricks, bottles and fireworks at them outside a mosque in Southport, a "
        "day after three girls were killed in a knife attack at a dance class. A police van "
        "was set on fire and nearby shops were damaged. The force said false claims about "
        "the attacker's identity had been spread online.",
        "U",
        "riot",
    ),
    (
        "Munich: federal prosecutors take over inquiry after car drives into union march",
        "Germany's federal prosecutor, which handles terrorism cases, has taken over the "
        "investigation into Thursday's attack in Munich, in which a car was driven into a "
        "march by the Verdi trade union, injuring at least 36 people. The 24-year-old Afghan "
        "suspect has admitted acting with a religious motive, and investigators assume an "
        "Islamist background. A two-year-old girl and her mother have since died of their "
        "injuries.",
        "T V",
        "car-ramming attack",
    ),
    (
        "New Caledonia: third night of rioting in Nouméa",
        "Shops, car dealerships and a pharmacy were set alight overnight in Nouméa as "
        "rioting over a contested voting reform continued for a third night, French "
        "authorities said. Two gendarmes and three civilians have been killed since Monday. "
        "Paris has declared a state of emergency, and reinforcements are on their way from "
        "the mainland.",
        "U",
        "riot",
    ),
    (
        "Tbilisi: police use water cannon and tear gas on protesters for fifth night",
        "Watch: Riot police in Tbilisi used water cannon and tear gas to clear thousands of "
        "demonstrators from Rustaveli Avenue in the early hours, after some protesters threw "
        "fireworks at the parliament building. The interior ministry said 48 people had been "
        "detained overnight. The protests began when Georgian Dream said it would suspend "
        "talks on joining the EU until 2028.",
        "U",
        "crackdown",
    ),
    (
        "Bondi: police declare shooting at Hanukkah event a terrorist incident",
        "NSW Police have declared Sunday evening's shooting at a Hanukkah celebration near "
        "Bondi Beach a terrorist incident, the commissioner told reporters. Fifteen people "
        "were killed and dozens wounded when two gunmen opened fire on families gathered in "
        "a park beside the beach. One of the attackers was shot dead by police at the scene "
        "and the other is in hospital under guard.",
        "T V",
        "terrorist attack",
    ),
    (
        "First funerals held for victims of the Bondi attack",
        "The first funerals for those killed in Sunday's terror attack at Bondi were held in "
        "Sydney today, with hundreds of mourners lining the streets outside a synagogue in "
        "the eastern suburbs. Among those buried was a 10-year-old girl who was shot as she "
        "watched the candle-lighting with her family. Police say 22 people remain in "
        "hospital, six of them in a critical condition.",
        "T V",
        "terrorist attack",
    ),
    (
        "Manchester synagogue attack: what we know so far",
        "Recap: Two people were killed and three seriously injured when a man drove a car at "
        "people and then stabbed them outside the Heaton Park Hebrew Congregation synagogue "
        "on Yom Kippur. Armed officers shot the attacker dead within minutes of the first "
        "999 call. Greater Manchester Police have declared it a terrorist incident. Officers "
        "say he appeared to be wearing an explosive belt, which later proved not to be "
        "viable.",
        "T V",
        "terrorist attack",
    ),
    (
        "Amsterdam: Israeli football fans chased and beaten after Ajax match",
        "Dutch police say five people were taken to hospital and 62 arrested after groups of "
        "men on scooters chased and beat Israeli fans in central Amsterdam following Maccabi "
        "Tel Aviv's Europa League match against Ajax. Mayor Femke Halsema called it an "
        'antisemitic "hit-and-run" attack and said riot police had to escort fans back to '
        "their hotels. Maccabi supporters had earlier torn down a Palestinian flag and "
        "chanted anti-Arab slogans, police said.",
        "U V",
        "mob violence",
    ),
]
