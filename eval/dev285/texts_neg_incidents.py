"""dev285 negatives: crashes and emergency landings. (title, text, kind code), labels by
eval/README.md section 1.
"""

NEGATIVES = [
    (
        "Jeju Air jet skids off runway and explodes at Muan, killing 179",
        (
            "A Jeju Air Boeing 737-800 carrying 181 people from Bangkok belly-landed at Muan "
            "International Airport in South Korea on Sunday, skidded off the end of the runway "
            "and burst into flames after hitting a concrete embankment, killing all but two "
            "people on board. The two survivors, both flight attendants, were pulled from the "
            "tail section, the fire service said. Air traffic controllers had warned the crew of "
            "a bird strike shortly before the pilots declared a mayday and attempted to land from "
            "the opposite direction, transport ministry officials said. Footage broadcast by "
            "local television showed the aircraft sliding along the tarmac without its landing "
            "gear deployed before a huge fireball erupted. It was the deadliest air disaster on "
            "South Korean soil. Acting President Choi Sang-mok declared a seven-day period of "
            "national mourning. Investigators from the US National Transportation Safety Board "
            "and Boeing were due to join the Korean inquiry, which will examine the embankment "
            "that housed the runway's localiser antennas. Relatives waiting at the airport wept "
            "as officials read out the names of the identified dead. Muan, a regional airport in "
            "South Jeolla province, was closed to flights for more than a week. Jeju Air's chief "
            "executive bowed deeply at a news conference in Seoul and apologised to the families. "
            "Shares in the low-cost carrier fell by as much as 15% on Monday. The ministry "
            "ordered an emergency inspection of all 101 Boeing 737-800 jets operated by South "
            "Korean airlines."
        ),
        "accident",
    ),
    (
        "Air India Dreamliner crashes into medical college hostel after Ahmedabad take-off",
        (
            "An Air India Boeing 787-8 bound for London Gatwick crashed into a residential area "
            "moments after take-off from Ahmedabad on Thursday, killing 241 of the 242 people on "
            "board and at least 19 people on the ground, officials said. The aircraft came down "
            "on a hostel of the BJ Medical College, where junior doctors were having lunch, and a "
            "thick column of black smoke rose over the city. The sole survivor, a British "
            "national seated in 11A, walked out of the wreckage and was treated in hospital. The "
            "pilots issued a mayday call seconds after becoming airborne, the Directorate General "
            "of Civil Aviation said. It was the first fatal crash of a 787 since the model "
            "entered service in 2011. India's Aircraft Accident Investigation Bureau recovered "
            "both flight recorders from the site within days. The government ordered extra safety "
            "checks on Air India's entire Dreamliner fleet. Air India's parent, the Tata Group, "
            "pledged 10m rupees to the family of each victim."
        ),
        "accident",
    ),
    (
        "Ethiopian Airlines 737 MAX crash kills 157; China and Indonesia ground the jet",
        (
            "China, Indonesia and Ethiopia grounded their fleets of Boeing 737 MAX 8 aircraft on "
            "Monday, a day after an Ethiopian Airlines flight to Nairobi crashed six minutes "
            "after take-off from Addis Ababa, killing all 157 people on board. It was the second "
            "fatal accident involving the model in less than five months, after a Lion Air jet "
            "plunged into the Java Sea in October. The victims came from more than 30 countries "
            "and included staff of UN agencies travelling to an environmental assembly in "
            "Nairobi. Ethiopian Airlines' chief executive Tewolde GebreMariam said the pilot had "
            "reported difficulties and asked to return. Investigators recovered the flight data "
            "and cockpit voice recorders from a crater near the town of Bishoftu. Boeing shares "
            'fell sharply in New York. "We are deeply saddened," the US manufacturer said in a '
            "statement, adding that it was sending a technical team to the crash site. Aviation "
            "analysts said attention would focus on the MAX's new flight-control software, known "
            "as MCAS."
        ),
        "accident",
    ),
    (
        "Nepal plane crash in Pokhara gorge leaves 72 dead, the worst in three decades",
        (
            "A Yeti Airlines ATR 72 turboprop crashed into a river gorge while approaching the "
            "newly opened airport in the Nepali tourist city of Pokhara on Sunday, killing all 72 "
            "people on board, officials said. Rescuers from the army and police rappelled into "
            "the gorge of the Seti river to recover bodies from the burning wreckage. A video "
            "filmed by a passenger on Facebook Live showed the cabin moments before impact, as "
            "the aircraft banked sharply over rooftops. The passengers included 15 foreigners, "
            "among them five Indians, four Russians and a South Korean, the airline said. The "
            "weather was clear at the time of the crash. Nepal declared a national day of "
            "mourning and set up a five-member panel to investigate. The country has one of the "
            "worst air safety records in the world, and the European Union bans Nepali carriers "
            "from its airspace. Experts said early footage suggested the aircraft had stalled at "
            "low altitude."
        ),
        "accident",
    ),
    (
        ("JAL passengers escape burning A350 after Haneda runway collision with coast guard plane"),
        (
            "All 379 passengers and crew escaped from a Japan Airlines Airbus A350 that burst "
            "into flames after colliding with a coast guard aircraft on landing at Tokyo's Haneda "
            "Airport on Tuesday evening, in what aviation experts described as a remarkable "
            "evacuation. Five of the six crew on the smaller Dash 8 turboprop, which was "
            "preparing to fly relief supplies to areas hit by the New Year's Day earthquake on "
            "the Noto peninsula, were killed, and its captain was seriously injured. Television "
            "footage showed the airliner sliding down the runway with flames pouring from its "
            "underside. Passengers left through three emergency slides as smoke filled the cabin, "
            "some of them said, and the aircraft was engulfed within minutes. Transcripts "
            "released by the transport ministry suggested the coast guard plane had not been "
            "cleared to enter the runway. Haneda, one of the world's busiest airports, closed all "
            "four runways for several hours, and more than 100 flights were cancelled. Police "
            "opened an investigation into possible professional negligence."
        ),
        "accident",
    ),
    (
        "Army Black Hawk and regional jet collide over Potomac; no survivors, officials say",
        (
            "An American Eagle regional jet carrying 64 people collided with a US Army Black Hawk "
            "helicopter on approach to Ronald Reagan Washington National Airport on Wednesday "
            "night and both aircraft plunged into the icy Potomac River, killing everyone on "
            "board, officials said. The CRJ700, operated by PSA Airlines, was flying from "
            "Wichita, Kansas, and carried several young figure skaters and their coaches "
            "returning from a training camp. The helicopter, with three soldiers aboard, was on a "
            "training flight, the Army said. Divers worked through the night in near-freezing "
            "water amid chunks of ice, and the District of Columbia's fire chief said by morning "
            "that the operation had become a recovery mission. It was the deadliest US air crash "
            "since 2001. Air traffic control audio captured a controller asking the helicopter "
            "crew whether they had the jet in sight seconds before the collision. The National "
            "Transportation Safety Board said it would examine the helicopter's altitude and "
            "staffing in the control tower that night. Reagan National reopened on Thursday "
            "morning."
        ),
        "accident",
    ),
    (
        ("Singapore Airlines passenger dies as severe turbulence throws people into cabin ceiling"),
        (
            "A British man died and more than 70 people were injured when a Singapore Airlines "
            "flight from London hit severe turbulence over Myanmar on Tuesday and made an "
            "emergency landing in Bangkok, the airline and Thai officials said. The Boeing "
            "777-300ER dropped about 6,000 feet in around three minutes, according to "
            "flight-tracking data, and passengers who were not wearing seatbelts were thrown "
            "against the overhead bins. Photos taken inside the cabin showed gashes in the "
            "ceiling panels, oxygen masks hanging down and food strewn across the aisles. The "
            "73-year-old passenger is believed to have suffered a heart attack, a Bangkok "
            "hospital director said. Seven people were critically injured, most of them with head "
            'and spinal injuries. "Suddenly the plane starts tilting up and there was shaking," a '
            "28-year-old student told Reuters. Singapore's Transport Safety Investigation Bureau "
            "said it had sent investigators to Bangkok. The airline said it would review its "
            "policy on serving meals when the seatbelt sign is on."
        ),
        "accident",
    ),
    (
        "Delta jet flips onto its roof landing in Toronto; all 80 on board survive",
        (
            "A Delta Connection jet arriving from Minneapolis flipped upside down while landing "
            "in gusty winds at Toronto Pearson International Airport on Monday afternoon, "
            "injuring 21 people but killing no one, the airline and airport authorities said. The "
            "Bombardier CRJ900, operated by Endeavor Air, came to rest on its roof on a "
            "snow-covered runway with one wing torn off, and emergency crews quickly put out a "
            "fire. Passengers described hanging upside down by their seatbelts before unclipping "
            'and dropping onto the ceiling. "Everybody was helping each other," one passenger '
            "told CBC News. Three people, including a child, were taken to hospital with critical "
            "injuries. Pearson closed two of its runways for more than two days as investigators "
            "from the Transportation Safety Board of Canada examined the wreckage, disrupting "
            "hundreds of flights over a holiday weekend. Winds were gusting at about 65 km/h at "
            "the time. The board said it would look at the aircraft's rate of descent in the "
            "final seconds before touchdown."
        ),
        "accident",
    ),
    (
        "Air force training jet crashes into Dhaka school, killing children",
        (
            "A Bangladesh Air Force F-7 training jet crashed into a school building in Dhaka's "
            "Uttara district shortly after take-off on Monday, killing at least 27 people, most "
            "of them pupils, and injuring more than 170, officials said. The Chinese-built "
            "aircraft came down on the campus of Milestone School and College as classes were "
            "ending, setting fire to a two-storey building. The pilot, a flight lieutenant on a "
            "solo training sortie, was killed. The military's public relations office said the "
            "aircraft had suffered a mechanical failure and that the pilot had tried to steer it "
            "away from densely populated areas. Parents crowded around the burn unit of the "
            "national hospital as doctors appealed for blood donations. The interim government "
            "declared a day of national mourning and ordered an inquiry. Students gathered at the "
            "school on Tuesday to demand accurate casualty figures and the grounding of ageing "
            "training aircraft over the capital. Bangladesh's air force has flown the F-7, a "
            "version of the Soviet MiG-21, since the late 1980s."
        ),
        "accident",
    ),
    (
        "Iranian president killed as helicopter crashes in fog in mountainous north-west",
        (
            "Iran's President Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian were "
            "killed when their helicopter crashed in fog in mountainous terrain in East "
            "Azerbaijan province on Sunday, state media reported after rescuers reached the "
            "wreckage on Monday morning. The Bell 212 was one of three helicopters returning from "
            "the inauguration of a dam on the border with Azerbaijan, and lost contact in heavy "
            "cloud near the town of Varzaqan. Rescue teams, helped by a Turkish drone with "
            "thermal imaging, searched through the night in rain and snow. Iranian officials said "
            "there was no sign of foul play, and the armed forces' general staff ordered an "
            "investigation. Iran's fleet of helicopters is decades old, and sanctions have made "
            "spare parts difficult to obtain. First Vice President Mohammad Mokhber was named "
            "interim president, and an election must be held within 50 days. Crowds gathered in "
            "mosques across the country to pray for the dead."
        ),
        "accident",
    ),
    (
        "Voepass turboprop falls into São Paulo suburb, killing all 62 on board",
        (
            "A Voepass ATR 72-500 flying from Cascavel to São Paulo's Guarulhos airport crashed "
            "in a residential area of Vinhedo on Friday afternoon, killing all 58 passengers and "
            "four crew, Brazilian authorities said. Videos posted on social media showed the "
            "aircraft spinning flat as it fell from the sky before disappearing behind trees, "
            "followed by a plume of smoke. Nobody on the ground was hurt, although one house in "
            "the gated community was damaged. Meteorologists said icing conditions had been "
            "forecast at the aircraft's cruising altitude. It was Brazil's deadliest air crash "
            "since 2007. President Luiz Inácio Lula da Silva asked for a minute's silence at an "
            "event in Paraná. The aviation accident investigation centre Cenipa, part of the air "
            "force, recovered both flight recorders. Relatives of the victims gathered at a hotel "
            "near Guarulhos, where the airline had set up a support centre."
        ),
        "accident",
    ),
    (
        "Vintage jet crashes onto A27 during Shoreham Airshow display",
        (
            "A Hawker Hunter jet taking part in the Shoreham Airshow in West Sussex crashed onto "
            "the busy A27 road during a loop on Saturday afternoon, hitting several cars and "
            "killing at least seven people, Sussex Police said. Spectators watched as the Cold "
            "War-era aircraft failed to pull out of its manoeuvre and exploded in a fireball on "
            "the carriageway next to the airfield. The pilot was pulled from the wreckage and "
            "taken to hospital in a critical condition. Police said the death toll was likely to "
            'rise as the search of the site continued. "It was a huge ball of fire and black '
            'smoke, and then the sirens," one witness told the BBC. The Civil Aviation Authority '
            "said it was restricting displays by vintage jets over land while the Air Accidents "
            "Investigation Branch carried out its inquiry. The second day of the show was "
            "cancelled, and the A27 was expected to stay closed for several days."
        ),
        "accident",
    ),
]
