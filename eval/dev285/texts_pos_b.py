"""dev285 positives, part two: drone and rocket strikes on airfields, aircraft downed in
current wars, riots and crackdowns that shut airports. (title, text, tag codes, kind).
"""

POSITIVES = [
    (
        "Moscow airports halt flights as Ukrainian drones attack ahead of Victory Day",
        (
            "All four of Moscow's main airports suspended flights for several hours on Wednesday "
            "as Ukraine launched a third consecutive night of drone attacks on the Russian "
            "capital, leaving tens of thousands of passengers stranded days before foreign "
            "leaders were due to arrive for Victory Day celebrations. Moscow mayor Sergei "
            "Sobyanin said air defences had shot down more than 19 drones approaching the city. "
            "Russia's aviation authority Rosaviatsia said restrictions had also been imposed at "
            "Kazan, Nizhny Novgorod and Kaluga, and that more than 350 flights had been delayed "
            "or cancelled. Images on Russian social media showed crowds sleeping on the floors of "
            "Sheremetyevo's terminals. Aeroflot said it was reducing its schedule from Moscow. "
            "Ukraine's general staff said it had struck a drone factory and a military airfield "
            "in the Russian interior. The Association of Tour Operators of Russia estimated that "
            "about 60,000 passengers had been affected since Tuesday. Ukraine has stepped up "
            "long-range drone strikes this year in response to Russian missile and drone attacks "
            "on its cities."
        ),
        "E M",
        "drone_attack",
    ),
    (
        "Ukraine says it shot down Russian A-50 spy plane and Il-22 over Sea of Azov",
        (
            "Ukraine's air force said on Monday it had destroyed a Russian A-50 airborne "
            "early-warning aircraft and badly damaged an Il-22 command plane over the Sea of "
            "Azov, a blow to Moscow's ability to coordinate air strikes in southern Ukraine. "
            'Commander-in-chief Valeriy Zaluzhnyi said the operation had been "planned and '
            'executed" by the air force, without saying which weapons were used. Russian military '
            "bloggers posted recordings of air traffic control communications in which a crew "
            "reported an emergency and said they were returning to base with wounded on board. "
            "The A-50, a modified Ilyushin Il-76 transport with a large radar dome, is one of "
            "only a handful in service, and each is estimated to cost several hundred million "
            "dollars. Russia's defence ministry did not comment. A video circulating on Telegram "
            "showed an Il-22 with a heavily damaged tail landing at Anapa, on the Black Sea "
            "coast. Ukrainian officials said the losses would force Russian aircraft to operate "
            "further from the front line."
        ),
        "B E M",
        "shootdown",
    ),
    (
        "Myanmar rebels say they downed junta fighter jet as airstrikes hit Kayah villages",
        (
            "An ethnic armed group in eastern Myanmar said on Wednesday it had shot down a "
            "military fighter jet during fighting for the town of Mawchi in Kayah State, the "
            "latest in a string of aircraft losses for the junta since its forces came under "
            "pressure across the country. The Karenni Nationalities Defence Force posted images "
            "of burning wreckage in a forested area, which it said was a Chinese-made FTC-2000G "
            "that had been bombing its positions. A spokesman for the military government told "
            'state media the jet had crashed because of "a technical fault" and that its pilot '
            "had ejected. Residents of nearby villages said air strikes continued after the "
            "crash, hitting a school and a church compound and wounding at least five people. "
            "More than 100,000 people have fled their homes in Kayah since late 2023, according "
            "to the United Nations. The junta has relied increasingly on air power as it has lost "
            "ground to resistance forces, and rights groups have accused it of bombing civilian "
            "sites."
        ),
        "B E M D",
        "shootdown",
    ),
    (
        "RSF claims shooting down army cargo plane over North Darfur",
        (
            "Sudan's Rapid Support Forces said on Monday they had shot down a military Ilyushin "
            "Il-76 cargo plane over North Darfur, accusing it of dropping weapons and supplies to "
            "army forces besieged in El Fasher. Video posted by RSF fighters showed a burning "
            "fuselage in open desert near Malha, with men in uniform shouting slogans. A source "
            "at Sudan's civil aviation authority told Reuters the aircraft was a chartered plane "
            "operated by a foreign crew on a military contract, and that all on board were "
            "believed dead. The army did not comment. El Fasher, the last major city in Darfur "
            "not held by the paramilitary group, has been under RSF siege since May, and the army "
            "has relied on airdrops to supply its garrison and allied armed groups. UN agencies "
            "say hundreds of thousands of people are trapped in the city and nearby Zamzam camp, "
            "where famine has been declared. Aviation safety groups have long warned of the "
            "dangers faced by freight crews flying Soviet-era aircraft into conflict zones in "
            "Africa."
        ),
        "B E H",
        "shootdown",
    ),
    (
        "Al-Shabaab mortars hit Mogadishu airport compound, wounding UN contractors",
        (
            "Several mortar rounds landed inside the heavily guarded perimeter of Mogadishu's "
            "Aden Adde International Airport on Sunday, wounding at least four people, including "
            "two foreign contractors working for the United Nations, police said. The "
            "al-Qaeda-linked al-Shabaab group claimed responsibility in a statement on its "
            'Andalus radio station, saying it had targeted "the bases of the crusader forces". '
            "The airport zone houses most foreign embassies, the African Union mission's "
            "headquarters and UN offices, and has been shelled repeatedly in recent years. A "
            "Turkish Airlines flight that had been due to land was diverted to Djibouti, and "
            "flydubai delayed its afternoon departure, an airport official said. Somali security "
            "forces later searched houses in the Hamarweyne district, from where they believe the "
            "mortars were fired. The attack came as government troops, backed by clan militias, "
            "press an offensive against the militants in the central Hirshabelle state. The UN "
            "Humanitarian Air Service said its flights would continue as normal."
        ),
        "T E M",
        "mortar_attack",
    ),
    (
        "Jihadists attack Bamako air base and gendarmerie school, burn presidential aircraft",
        (
            "Gunmen from an al-Qaeda-linked group attacked a gendarmerie training school and the "
            "military airport in Mali's capital Bamako before dawn on Tuesday, setting fire to "
            "aircraft including the presidential plane, witnesses and security sources said. "
            "Heavy gunfire was heard for several hours near Modibo Keita International Airport, "
            "whose military section adjoins the civilian terminal, and the airport was closed "
            "until the afternoon. JNIM said its fighters had killed hundreds of soldiers and "
            'destroyed military aircraft and drones. The army said the situation was "under '
            'control" and that an unspecified number of attackers had been killed or captured. A '
            "security source told Reuters that more than 70 people had been killed, most of them "
            "trainee gendarmes. Videos shared by the group showed fighters walking through the "
            "VIP pavilion and setting fire to a white jet used by the transitional president, "
            "Assimi Goita. ASKY and Air Côte d'Ivoire cancelled their Bamako flights. It was the "
            "first major attack in the capital in years."
        ),
        "T B",
        "raid",
    ),
    (
        "Spirit Airlines jet hit by gunfire over Port-au-Prince; FAA bans US flights to Haiti",
        (
            "A Spirit Airlines plane arriving from Fort Lauderdale was struck by gunfire as it "
            "descended towards Port-au-Prince on Monday, wounding a flight attendant, and "
            "diverted to the Dominican Republic, the airline said. Photos of the Airbus A320 "
            "showed bullet holes in the cabin wall near row 11. JetBlue and American Airlines "
            "said inspections had found bullet damage on two other aircraft that had flown out of "
            "the Haitian capital. The US Federal Aviation Administration banned American carriers "
            "from flying to Haiti for 30 days, and Toussaint Louverture International Airport was "
            "closed. Gangs of the Viv Ansanm coalition, who control most of the capital, have "
            "fought police around the airport for months, and the shooting came as a new prime "
            'minister was sworn in. "It is impossible to run an airline when aircraft are shot at '
            "on approach,\" an executive at a Haitian carrier said. The UN's migration agency said "
            "more than 20,000 people had fled gang attacks in the capital over the past week. "
            "Helicopter flights operated by the UN Humanitarian Air Service were also suspended."
        ),
        "B V D",
        "gang_attack",
    ),
    (
        "Mitiga airport closed again after rocket fire; flights diverted to Misrata",
        (
            "Libyan authorities suspended flights at Tripoli's Mitiga airport on Tuesday after "
            "several Grad rockets hit the airfield, damaging a Libyan Airlines plane and a fuel "
            "tank, the airport's management said. Nobody was reported killed, but passengers "
            "waiting to board a flight to Tunis ran from the terminal as the rockets landed. The "
            "Tripoli-based Government of National Accord blamed forces loyal to Khalifa Haftar, "
            "whose Libyan National Army has been trying to take the capital since April. Mitiga, "
            "a former military air base, has been the only functioning airport in Tripoli since "
            "the international airport was wrecked in fighting in 2014. Flights will be diverted "
            "to Misrata, about 200 km (125 miles) to the east, a three-hour drive along a coastal "
            "road dotted with checkpoints. The UN mission in Libya condemned what it called "
            '"indiscriminate shelling" of a civilian facility. It was the fifth time the airport '
            "had been closed this month."
        ),
        "E",
        "rocket_attack",
    ),
    (
        "Warsaw Chopin airport closed as Polish and NATO jets shoot down Russian drones",
        (
            "Poland closed four airports, including Warsaw Chopin, overnight on Wednesday as "
            "Polish and allied fighter jets shot down drones that had crossed into its airspace "
            "during a massive Russian attack on western Ukraine, the military said. Prime "
            "Minister Donald Tusk told parliament that 19 incursions had been recorded and that "
            "at least three drones had been destroyed, the first time NATO aircraft had fired on "
            "Russian assets over alliance territory. Dutch F-35s and Italian surveillance planes "
            "took part in the operation. A house in the village of Wyryki-Wola in eastern Poland "
            "was damaged when debris fell on its roof. Rzeszow, Lublin and Modlin airports were "
            "also shut, and LOT Polish Airlines said some flights had been delayed by several "
            "hours. The Kremlin said it had not targeted Poland. Poland asked NATO to hold "
            "consultations under Article 4 of the alliance's treaty. In Ukraine, the air force "
            "said Russia had launched more than 400 drones and 40 missiles overnight."
        ),
        "E M",
        "air_defence",
    ),
    (
        "Beirut airport stays open as Israeli strikes pound southern suburbs next door",
        (
            "Beirut's Rafic Hariri International Airport kept operating on Thursday even as "
            "Israeli air strikes hit buildings in the southern suburbs a few hundred metres from "
            "its runway, sending plumes of smoke over the airfield as passenger jets took off. "
            "Lebanon's transport minister said the airport was safe and that Israel had not "
            "targeted it. Middle East Airlines is now the only carrier flying in and out of the "
            "country, after foreign airlines suspended services following the start of Israel's "
            "escalation against Hezbollah in late September. Its planes are packed with Lebanese "
            "and foreign nationals trying to leave, and seats to Cyprus, Istanbul and Paris have "
            "sold out for weeks ahead. Several governments, including Britain, France and "
            'Australia, have chartered evacuation flights. "I saw the strike from the window of '
            'the plane while we were taxiing," a passenger told AFP on arrival in Larnaca. More '
            "than 1.2 million people have been displaced in Lebanon, according to the government. "
            "The Israeli military said it had struck Hezbollah weapons depots and command centres "
            "in the suburbs."
        ),
        "E M D",
        "airstrike",
    ),
    (
        "Tourists stranded in New Caledonia as riots keep Nouméa airport shut",
        (
            "Australia and New Zealand sent military aircraft to New Caledonia on Tuesday to fly "
            "out hundreds of tourists stranded for more than a week by deadly riots that have "
            "closed the territory's international airport. La Tontouta airport has been shut to "
            "commercial flights since unrest broke out on May 13 over a French plan to change "
            "voting rules, with roadblocks manned by pro-independence youths cutting the 50 km "
            "road between the airport and Nouméa. Six people have been killed, including two "
            "gendarmes, and hundreds of businesses, shops and homes have been looted or burned. "
            "France has sent more than 1,000 extra police and declared a state of emergency. "
            "Aircalin, the local carrier, said it had cancelled all flights until at least "
            'Thursday. "We have run out of our medicines and the hotel is rationing food," an '
            "Australian visitor said by telephone. French authorities said the first tourists had "
            "been escorted to a small domestic airfield at Magenta under armed guard. About 3,200 "
            "people were waiting to leave, according to the territory's government."
        ),
        "U D",
        "riot",
    ),
    (
        "Kathmandu airport closed as protesters torch parliament; 19 killed in crackdown",
        (
            "Nepal closed Tribhuvan International Airport on Tuesday afternoon as smoke from "
            "burning government buildings drifted over the capital, a day after police opened "
            "fire on young protesters demanding an end to a ban on social media platforms, "
            "killing at least 19 people. The Civil Aviation Authority of Nepal said flights would "
            "be suspended until further notice after fires were reported near the airport "
            "perimeter. Buddha Air and Yeti Airlines grounded their domestic fleets, while IndiGo "
            "and Air India cancelled flights from Delhi and Mumbai. Demonstrators set fire to the "
            "parliament building, the Supreme Court and the homes of several politicians, and "
            "Prime Minister KP Sharma Oli resigned. The army was deployed in Kathmandu and a "
            "curfew imposed. Hundreds of foreign trekkers waited at hotels in Thamel, unsure when "
            'they could leave. "We were supposed to fly to Lukla today, and instead we watched '
            'the city burn from the rooftop," a Spanish visitor told AFP. The airport reopened on '
            "Thursday. Police fired live rounds and tear gas when crowds breached the barricades "
            "outside parliament on Monday, according to witnesses and hospital staff. More than "
            "300 people were treated for injuries in Kathmandu hospitals, the health ministry "
            "said."
        ),
        "U",
        "crackdown",
    ),
    (
        ("Hong Kong airport cancels departures as riot police clash with protesters in terminal"),
        (
            "Hong Kong's airport authority cancelled all remaining departures on Tuesday for a "
            "second day after thousands of anti-government protesters blocked check-in halls, and "
            "riot police used pepper spray and batons on demonstrators who scuffled with officers "
            "inside the terminal late at night. Protesters tied up two mainland Chinese men they "
            "accused of being undercover agents, one of them a reporter for the state-run Global "
            "Times, before medics led them away, according to Reuters witnesses. Cathay Pacific "
            "said more than 200 of its flights had been cancelled over the two days. Beijing's "
            'Hong Kong affairs office condemned the violence as "near-terrorist acts". The city\'s '
            'leader, Carrie Lam, warned that Hong Kong risked being pushed "into an abyss". The '
            "airport won a court injunction on Wednesday barring protests except in designated "
            "areas, and flights resumed. The protests began in June over a bill that would allow "
            "extraditions to mainland China and have grown into the territory's worst political "
            "crisis in decades."
        ),
        "U",
        "clashes",
    ),
    (
        "UN flight aborts landing in Mekelle as Ethiopian air strike hits Tigray capital",
        (
            "A United Nations Humanitarian Air Service plane carrying 11 passengers was forced to "
            "abort its landing at Mekelle airport on Friday as an Ethiopian air force strike hit "
            "the capital of the Tigray region, UN officials said. The aircraft returned safely to "
            "Addis Ababa. It was the second day in a row of air strikes on Mekelle, which "
            "Tigrayan forces have controlled since June. A government spokesperson said the air "
            "force had targeted a facility used by Tigray People's Liberation Front fighters to "
            "repair weapons. The UN said it had suspended its two weekly flights, the only way "
            "for aid workers to enter or leave Tigray, where more than 400,000 people are "
            "believed to be living in famine-like conditions. No aid convoy has reached the "
            'region by road since October 18, according to the World Food Programme. "Without '
            "these flights we cannot rotate staff or bring in the cash we need to pay for "
            'operations," a humanitarian official said.'
        ),
        "E H M",
        "airstrike",
    ),
    (
        "Airlines cancel Tel Aviv flights as rockets fly and Israel battles Hamas gunmen",
        (
            "Airlines from the United States and Europe cancelled flights to Tel Aviv on Saturday "
            "and Sunday after Hamas gunmen crossed from Gaza into southern Israel and rocket "
            "barrages reached the Tel Aviv area, forcing passengers at Ben Gurion Airport to take "
            "cover. American Airlines, Delta and United suspended services, and Lufthansa, Air "
            "France, Ryanair and Wizz Air followed. Israel's El Al said it would keep flying and "
            "add flights to bring home reservists. Israeli forces were still fighting gunmen in "
            "several communities near the Gaza border on Sunday, the military said, and more than "
            "700 Israelis had been killed. Hamas is designated a terrorist organisation by the "
            "United States and the European Union. Long queues formed in the airport's departure "
            "hall as foreign tourists and Israelis with second passports tried to leave. Several "
            "governments, including Germany, Thailand and Hungary, said they were preparing "
            "evacuation flights for their citizens. Israeli air strikes on Gaza continued through "
            "the night, and Gaza's health ministry said more than 400 Palestinians had been "
            "killed."
        ),
        "T E B M D",
        "terrorist_attack",
    ),
]
