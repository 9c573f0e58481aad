"""dev404 positives, part A: Ukraine, Russia, Israel, Gaza, Lebanon and the West Bank."""

POSITIVES = [
    (
        "Kyiv residents sift through ruins of nine-storey block after overnight missile strike",
        "A Russian ballistic missile tore through a nine-storey apartment block in Kyiv's "
        "Sviatoshynskyi district before dawn on Thursday, collapsing two entrances and killing at "
        "least 14 people, the city's military administration said. Rescuers were still pulling "
        "residents from the rubble by midday, and officials warned the toll could rise. The "
        "building, a 1970s panel block of 120 flats, was one of several residential sites hit "
        "as Russia launched more than 40 missiles and about 300 drones at the capital. Olena "
        "Tkachenko, who lived on the sixth floor, said the blast blew her windows into the "
        'corridor. "The stairwell was gone, so firefighters took us down on a ladder," she said. '
        "City authorities opened two schools as temporary shelters for families whose homes "
        "were destroyed or left without walls. Ukraine's eRecovery programme, which pays "
        "compensation for damaged housing, has received more than 150,000 applications from the "
        "Kyiv region alone since it opened. Property agents in the district said rents had barely "
        "moved, but several landlords reported tenants breaking leases after the attack."
        " The city has about 4,000 public shelters, but residents of older blocks often rely on"
        " basements and corridors.",
        "E",
        "missile_strike",
    ),
    (
        "Dnipro block hit: residents of entrance No 3 wait for word on neighbours",
        "Families stood behind police tape in Dnipro on Sunday as emergency crews worked through "
        "the night on a residential building hit by a Russian Kh-22 missile a day earlier. The "
        "strike sheared away the middle of the high-rise on Peremohy embankment, leaving dozens "
        "of flats open to the winter air. The regional governor said 40 people had been "
        "confirmed dead, among them two children, and 75 were injured; more than 30 were still "
        "unaccounted for. About 1,700 people lived in the building, according to the local "
        "housing cooperative. Ukraine's air force said it had no means of shooting down that "
        "type of missile, a heavy anti-ship weapon first built in the Soviet era. Volunteers set "
        "up tables in a nearby shopping centre to register residents who had lost their homes, "
        "and the city council promised flats in a new-build on the left bank to those who "
        'wanted them. "We bought here in 2011, it was our first home," said one resident, '
        "holding a bag of documents she had rescued."
        " Rescuers said the lower floors had been crushed under the weight of the collapsed "
        "upper storeys. The city declared three days of mourning.",
        "E",
        "missile_strike",
    ),
    (
        "Glide bombs leave Kharkiv's Saltivka with more empty flats than residents",
        "Russian forces dropped two guided aerial bombs on Kharkiv's northern Saltivka district "
        "on Tuesday evening, damaging five apartment buildings and wounding 23 people, regional "
        "governor Oleh Syniehubov said on Telegram. One of the bombs struck a courtyard between "
        "two 16-storey blocks, blowing out hundreds of windows and setting fire to cars. Saltivka, "
        "Ukraine's largest residential neighbourhood, was half-emptied by shelling in 2022 and had "
        "slowly refilled as the front moved away. Housing officials estimate that about a third "
        "of its 400,000 pre-war residents have not returned. The renewed bombing has wiped out "
        "that recovery, local estate agents say, with listings now advertising flats in the "
        "district at a fraction of their 2021 price. City crews boarded up windows with plywood "
        'and OSB panels through the night. "Every time we glaze, they bomb," said a building '
        "manager who asked that only his first name, Serhiy, be used."
        " The regional administration said it had replaced more than 60,000 windows in the "
        "district since 2022, paid for largely by foreign donors.",
        "E",
        "airstrike",
    ),
    (
        "Lviv modular town fills up as families flee Pokrovsk front",
        "A modular housing settlement on the edge of Lviv built for people displaced by the war "
        "has reached capacity for the first time since it opened, as families evacuated from "
        "the Pokrovsk area in Donetsk region arrive in western Ukraine. The site, funded by Poland "
        "and run by the city, now houses 1,350 people in its prefabricated units, the Lviv city "
        "council said. Most of the new arrivals left towns where Russian artillery and drones "
        "had made daily life impossible, officials said. Authorities in Donetsk region ordered "
        "the mandatory evacuation of families with children from several front-line communities "
        'this month as Russian troops advanced. "We left with two suitcases and the cat," said '
        "Natalia, 58, who had lived in Myrnohrad for 30 years. Ukraine counts about 3.7 million "
        "internally displaced people, according to the UN's migration agency. Lviv's mayor "
        "said the city needed at least 5,000 more places in dormitories and social housing "
        "before winter and asked donors to finance the conversion of empty office buildings."
        " The settlement has a kindergarten, a laundry and a small clinic staffed by "
        "volunteers. Residents can stay for up to a year while they look for work and rented "
        "housing.",
        "D H",
        "displacement",
    ),
    (
        "Odesa drone strike guts new-build tower marketed to IT workers",
        "A Russian attack drone hit the upper floors of a 21-storey residential complex in Odesa "
        "overnight, starting a fire that spread across four floors and killing two people, the "
        "regional administration said on Saturday. Eight residents were injured, including a "
        "child, and about 60 were evacuated from the building while firefighters worked. The "
        "tower, completed in 2021 by a local developer, had been marketed to software "
        "developers relocating from the east of the country. Ukraine's air force said it "
        "shot down 31 of the 47 drones launched at southern and central regions during the "
        "night. Apartment owners gathered in the car park on Saturday morning to inspect "
        "blackened balconies and argue over who would pay for repairs. The city pays emergency "
        "grants for window and roof repairs within days, but full reconstruction claims go "
        'through the state eRecovery programme, which owners say can take months. "We are '
        'still paying the mortgage on a flat that has no kitchen," one owner said.'
        " Debris from downed drones also fell on a private house and a warehouse in the city's "
        "suburbs, the administration said.",
        "E",
        "drone_strike",
    ),
    (
        "Belgorod tower block evacuated after Ukrainian drone slams into upper floors",
        "Residents of a 10-storey apartment building in Belgorod spent the night in a school gym "
        "after a Ukrainian drone struck the building on Wednesday evening, the regional governor "
        "Vyacheslav Gladkov said. Three people were injured and at least 12 flats were damaged "
        "by the blast and the fire that followed, he said. Russia's defence ministry said air "
        "defences had destroyed 18 drones over the region overnight. Belgorod, about 40km from "
        "the border, has been hit repeatedly since 2022, and the regional government has offered "
        "residents of the worst-hit districts certificates to buy housing elsewhere in Russia. "
        "Demand for those certificates has driven up prices of flats in Stary Oskol and Kursk, "
        "local property portals say. Gladkov said engineers would decide within a week whether "
        "the building could be repaired. Video posted on Russian Telegram channels showed "
        "smoke pouring from the top floors and residents descending the stairwell in the dark."
        " The region has built hundreds of concrete bus-stop shelters along its main streets "
        "since the attacks began.",
        "E",
        "drone_strike",
    ),
    (
        "Kiryat Shmona's empty streets: homes hit as rockets keep northern Israel evacuated",
        "A rocket fired from Lebanon struck a two-storey house in Kiryat Shmona on Monday, "
        "destroying its roof and setting the building alight, Israeli emergency services said. "
        "No one was hurt because the family, like most of the town's 22,000 residents, has been "
        "living in a hotel near the Dead Sea since the government ordered the evacuation of the "
        "border area in October. Hezbollah said it had fired a barrage of Katyusha rockets at an "
        "army position in the town. The Israeli military said it struck Hezbollah launchers in "
        "southern Lebanon in response. Municipal engineers estimate that more than 200 homes in "
        "Kiryat Shmona have been damaged by rockets and drones. The state tax authority's "
        "compensation fund pays for direct damage, but residents say nobody is paying for "
        "mould, burst pipes and looted sheds in homes left empty for months. Hotels housing "
        "evacuees say the state has extended its contracts again, to the end of the quarter."
        " The defence ministry has begun building protected rooms in older homes that lacked "
        "them. Local businesses say they cannot survive another year without residents.",
        "E D",
        "rocket_attack",
    ),
    (
        "Missile from Iran flattens part of Bat Yam residential street",
        "An Iranian ballistic missile struck a residential neighbourhood in Bat Yam, south of Tel "
        "Aviv, early on Sunday, killing six people and wounding more than 100, Israel's Magen "
        "David Adom rescue service said. The impact tore the facade off a 12-storey tower and "
        "destroyed several older three-storey buildings across the street, where residents "
        "without safe rooms had sheltered in stairwells. Iran fired dozens of missiles overnight "
        "in the third night of exchanges with Israel, whose air force has been striking "
        "targets across Iran since Friday. The Home Front Command said 61 buildings in the city "
        "had been damaged and about 400 residents had been moved to hotels. Bat Yam's mayor "
        "called on the government to fast-track the urban renewal schemes that replace old "
        "blocks with towers that have reinforced rooms. Developers said the area, once a "
        "cheaper alternative to Tel Aviv, had become one of the most active renewal markets in "
        "the country."
        " Rescuers searched through the night for residents believed to be trapped under a "
        "collapsed stairwell. Property tax officials began registering damage claims the same "
        "day. The city's mayor said more than 20 buildings would have to be demolished.",
        "E D",
        "missile_strike",
    ),
    (
        "Khan Younis neighbourhoods flattened as strikes follow evacuation orders",
        "Israeli air strikes destroyed at least four multi-storey residential buildings in "
        "eastern Khan Younis on Wednesday, hours after the military ordered residents of the "
        "area to move west, Gaza's civil defence said. The agency said 19 people were killed, "
        "including members of two families who had returned to their damaged homes to collect "
        "belongings. The Israeli military said it was targeting Hamas infrastructure and had "
        "warned civilians in advance. The UN's satellite centre estimates that about 70% of all "
        "structures in the Gaza Strip have been damaged or destroyed, and UN-Habitat says "
        "rebuilding the housing stock could take decades at the current pace of imports. Tens of "
        "thousands of people moved towards Mawasi on foot and on donkey carts, where aid "
        'groups say tents and plastic sheeting are running out. "We have moved eleven times," '
        'said Umm Ahmed, carrying a mattress on her head. "Our house is now a hill of concrete."'
        " The Gaza health ministry said the city's Nasser hospital was treating dozens of "
        "wounded on the floor for lack of beds.",
        "E D H",
        "airstrike",
    ),
    (
        "Army engineers blow up blocks of flats in Rafah as troops widen buffer zone",
        "Israeli army engineering units have demolished entire blocks of residential buildings "
        "in Rafah's Tel al-Sultan and Shaboura districts over the past two weeks, satellite "
        "images analysed by researchers show. Footage shared by soldiers on social media showed "
        "controlled explosions bringing down several apartment buildings at once. The military "
        "said it was destroying tunnel shafts and structures used by Hamas fighters, and that "
        "its troops were operating against armed cells in the area. Palestinian officials in "
        "Gaza said more than 2,000 homes had been levelled in Rafah since troops entered the "
        "city in May. Most of Rafah's residents, and more than a million people who had "
        "sheltered there, fled westwards when the ground operation began. Architects who study "
        "the destruction describe it as the deliberate removal of the urban fabric. The Israeli "
        "military said its operations complied with international law."
        " Rights groups say the destruction of homes not used for military purposes could "
        "amount to a war crime. Residents who reached the edge of the area described streets "
        "they no longer recognised.",
        "M E D",
        "demolition",
    ),
    (
        "Dahiyeh towers collapse as Israeli strikes pound Beirut's southern suburbs",
        "Israeli warplanes struck more than a dozen buildings in Beirut's southern suburbs "
        "overnight, bringing down at least four residential towers, Lebanon's state news agency "
        "said. The Israeli military had issued evacuation warnings for several blocks in Haret "
        "Hreik and Burj al-Barajneh, saying Hezbollah stored weapons beneath them. Thousands of "
        "residents fled towards central Beirut and the mountains, many sleeping in cars along "
        "the seafront. Lebanon's health ministry said the strikes killed seven people. Rents in "
        "Christian and Druze areas north and east of the capital have doubled in weeks as "
        "displaced families compete for flats, landlords and agents said. Some owners demand a "
        "year's rent in cash up front. The government says about 1.2 million people have been "
        "displaced since the escalation, with more than 180,000 in collective shelters in "
        "schools."
        " Hezbollah fired rockets into northern Israel through the night, the Israeli military "
        "said. Beirut's Grand Serail and several hotels have opened their halls to displaced "
        "families. Some landlords in the Metn hills have been asking for the names of tenants'"
        " relatives before signing leases.",
        "E D",
        "airstrike",
    ),
    (
        "In south Lebanon, villagers find homes blown up after Israeli troops pull back",
        "Residents returning to the border village of Mais al-Jabal on Monday found whole "
        "streets reduced to rubble after Israeli troops, who entered the area during their "
        "ground offensive, detonated rows of houses before withdrawing, the mayor said. Israel's "
        "military said it had destroyed Hezbollah infrastructure, including weapons stored in "
        "homes, and that troops had come under fire in the village. Israeli soldiers fired on "
        "residents who tried to reach the village the day before, killing two people, "
        "Lebanon's health ministry said. The Council for the South, the state body that handles "
        "compensation, estimates that more than 37,000 housing units across the south have been "
        "destroyed or badly damaged. Engineers say many buildings that still stand will have to "
        'be demolished. "My grandfather built this house, my father added the second floor," '
        'said Ali, standing on a slab of concrete. "There is nothing to repair."'
        " The army deployed along parts of the border under the terms of the truce, but "
        "residents said they did not know when they could rebuild. The World Bank puts the "
        "damage to Lebanon's housing sector at several billion dollars.",
        "M E B V",
        "ground_operation",
    ),
    (
        "Settlers torch houses and cars in Huwara rampage",
        "Hundreds of Israeli settlers rampaged through the Palestinian town of Huwara in the "
        "occupied West Bank on Sunday night, setting fire to dozens of houses and cars, hours "
        "after two Israelis were shot dead nearby. The Palestinian health ministry said one man "
        "was killed and about 100 people were injured, most from tear gas. Families fled to "
        "upper floors and rooftops as settlers hurled stones and firebombs at ground-floor "
        "windows, residents said. Israeli soldiers at the scene were criticised by rights groups "
        "for failing to stop the attackers. By morning, charred car frames lined the main road "
        "and the smell of smoke hung over the town. The Palestinian housing ministry said "
        "35 homes were badly damaged and that it would pay for emergency repairs. Israeli "
        "officials condemned the violence, while a far-right minister later said the town "
        "should be wiped out."
        " Israeli police said they had detained several suspects, most of whom were released "
        "within days. Residents said they kept their shutters closed for weeks afterwards.",
        "V U",
        "settler_attack",
    ),
    (
        "Armed settlers seize family home in Masafer Yatta, residents say",
        "A group of armed settlers forced a Palestinian family out of their home in the Masafer "
        "Yatta area south of Hebron on Friday and moved their own belongings into the house, "
        "the family and a local council member said. Mahmoud Abu Aram, 61, said the men arrived "
        "at dawn in two pickups, beat his son with rifle butts and threw the family's mattresses "
        "into the yard. The family of nine is now living in a relative's cave dwelling nearby. "
        "Israel's military said it was looking into the report. The UN humanitarian office "
        "says settler violence and access restrictions have displaced more than 1,500 "
        "Palestinians from herding communities across Area C since late 2023. The area was "
        "declared a military firing zone in the 1980s, and an Israeli court ruling in 2022 "
        'cleared the way for the eviction of several hamlets. "They took the house with '
        'guns, not with a court paper," said Abu Aram.'
        " Activists filmed settlers standing on the roof of the house on Saturday. The family's"
        " lawyer said he would ask the Israeli police to remove the settlers, but had little "
        "hope.",
        "V D",
        "settler_attack",
    ),
    (
        "Jenin camp emptied as Israeli raid enters sixth week",
        "Israeli troops have blown up or bulldozed hundreds of homes in the Jenin refugee camp "
        "during an operation that began in January, the camp's popular committee said, leaving "
        "the area nearly deserted. The military said its forces had killed dozens of militants, "
        "seized weapons and destroyed explosive devices planted under roads. Armoured "
        "bulldozers widened the camp's narrow alleys into roads for armoured vehicles, razing "
        "the fronts of buildings on both sides. UNRWA says about 40,000 Palestinians have been "
        "displaced from the Jenin, Tulkarm and Nur Shams camps, the largest displacement in the "
        "West Bank in decades. Many families are renting flats in Jenin city or sleeping in "
        "mosques, schools and a university hostel. Israel's defence minister said troops would "
        "stay in the camps for the coming year and residents would not be allowed back."
        " The Palestinian Authority said the troops had also destroyed water and sewage "
        "networks. UNRWA said its schools and clinic in the camp were closed. Some residents "
        "who tried to return to collect belongings were turned back at gunpoint, they said.",
        "M D H",
        "raid",
    ),
    (
        "Israeli strike levels Tyre residential building after warning",
        "An Israeli air strike destroyed a six-storey residential building in the southern "
        "Lebanese city of Tyre on Thursday, shortly after the military posted a map on social "
        "media ordering people to leave the area. Civil defence crews said they had recovered "
        "the bodies of three people from the rubble, and 11 others were injured. The Israeli "
        "military said the building housed a Hezbollah command centre. Tyre's old city and "
        "seafront had until then been spared the worst of the bombing, and many displaced "
        "families from border villages had rented flats there. Estate agents said landlords "
        "were now evicting tenants linked to Hezbollah families, fearing their buildings would "
        'become targets. "Nobody will rent to a man with a beard," one agent said. The '
        "municipality said 2,500 people had left the city in the past week."
        " The city's public hospital said it had received the wounded and was running on "
        "generators. Lebanon's Council for the South has begun sending engineers to inspect "
        "damaged buildings after each strike. Fishermen in the old harbour said they had "
        "stopped going out to sea.",
        "E D",
        "airstrike",
    ),
]
