"""dev189 positives (1 of 3): zoos, shelters, vets, working animals and herders where the war is
now: Ukraine, Gaza, Sudan, Syria, Lebanon and eastern Congo (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Animals evacuated from shelled Kharkiv ecopark as volunteers come under fire",
        "Volunteers at an ecopark on the northern edge of Kharkiv spent a third day loading "
        "animals into trucks on Saturday as Russian artillery kept pounding the surrounding "
        "district, the park's founder said. He wrote on Facebook that two volunteers had been"
        " killed the previous evening when shells landed near the enclosures while they were "
        "feeding the monkeys. A third man is missing. The park sits a few kilometres from "
        "positions Russian forces have held since the first days of the invasion, and it has "
        "been hit again and again; several enclosures have been flattened. Staff say a young "
        "giraffe and several bison have died in the shelling, and that other animals bolted "
        "through broken fences into the forest. Around 100 animals had been moved to safer "
        "sites inside the city and further west by Friday, among them lions, tigers and a "
        'family of chimpanzees sedated for the journey. "Every trip under fire is a risk, but'
        ' we cannot leave them to die in cages," said a volunteer who gave only her first '
        "name, Iryna. Kharkiv's regional governor said Russian strikes on the city had killed"
        " at least seven civilians over the past 24 hours. The park has asked zoos in western"
        " Ukraine and Poland to take in the larger animals. Moving a bear or a lion under "
        "fire takes hours, volunteers said, because the animals must be sedated, crated and "
        "lifted by hand onto trucks with no crane. On Thursday a convoy carrying monkeys was "
        "forced to turn back when shelling hit the road ahead. Kharkiv's own city zoo, in the"
        " centre, has so far escaped serious damage, and its keepers are sleeping on site. "
        '"We will stay with the animals until the end," its director said.',
        "E",
        "shelling",
    ),
    (
        "Kherson vet killed by Russian shell outside the clinic where she treated abandoned pets",
        "A veterinarian who stayed in Kherson to treat the animals left behind by fleeing "
        "residents was killed on Tuesday when a Russian shell exploded outside her clinic, "
        "city officials said. Natalia Bondar, 41, had just stepped out to meet a volunteer "
        "bringing in an injured dog, her colleagues said. The volunteer was wounded by "
        "shrapnel and taken to the regional hospital. Russian forces, dug in on the left bank"
        " of the Dnipro since withdrawing from the city last November, shell Kherson daily "
        "with artillery, mortars and drones. The regional military administration said 14 "
        "people had been wounded across the city on Tuesday and that residents of three "
        "riverside streets were being evacuated after repeated hits. Bondar's clinic had "
        "become a refuge for hundreds of cats and dogs whose owners had left or been killed, "
        'and she kept it open even after its windows were blown out in the spring. "She said '
        'she would leave when the last dog had a home," said Olha, a nurse who had worked '
        "beside her for two years. Animal welfare groups in Odesa said they would try to take"
        " in the animals still at the clinic. The city's only shelter, itself hit in August, "
        "is already full, its director told AFP.",
        "E D",
        "shelling",
    ),
    (
        "Nearly all animals at Nova Kakhovka zoo drowned after dam breach, Ukraine says",
        "Ukrainian officials say almost all of the roughly 300 animals at a small zoo in Nova"
        " Kakhovka drowned when floodwater tore through the town after the destruction of the"
        " Kakhovka dam on Tuesday. The zoo, on the Russian-occupied left bank of the Dnipro, "
        "was swamped within hours, and only a handful of ducks and swans are believed to have"
        " survived, the prosecutor general's office said. Kyiv accuses Russian forces of "
        "blowing up the dam from inside; Moscow blames Ukrainian shelling. Downstream, more "
        "than 2,000 people have been evacuated from flooded villages on the Ukrainian-held "
        "right bank, where rescue boats came under Russian artillery fire on Wednesday. "
        "Volunteers in Kherson have been pulling dogs, cats and cows off rooftops and fences "
        "and ferrying them to dry ground. Ecologists warn that the draining of the reservoir "
        "could kill fish in their millions and wreck nesting grounds in the wetlands of the "
        "lower Dnipro. Ukraine's environment minister called the breach an act of ecocide and"
        " said the damage would be counted for years. The UN humanitarian office said it was "
        "sending drinking water and hygiene kits to the area, where tens of thousands of "
        "people have lost access to clean water.",
        "E D H",
        "dam destruction",
    ),
    (
        "In Gaza, a zookeeper rations scraps for starving lions as the bombs fall nearby",
        "RAFAH, Gaza Strip (AP) — Ahmed Jumaa can no longer hear his lions roar. The three "
        "big cats in his family's small zoo lie still in their cages, ribs showing, after "
        'weeks on a diet of bread soaked in water and the occasional chicken carcass. "There '
        'is not enough food for people, so what can I give the animals?" said Jumaa, 32, '
        "whose family has run the zoo for more than a decade. Several monkeys, two parrots "
        "and a lion cub have died since the war began, he said. Israeli airstrikes hit a "
        "house two streets away on Monday night, killing at least eight people, according to "
        "the Health Ministry in Gaza, and the blasts sent the remaining animals into a "
        "frenzy. The zoo's grounds now also shelter four families displaced from Khan Younis,"
        " who sleep in tents between the enclosures. UN agencies say only a fraction of the "
        "aid Gaza needs is getting through the crossings, and that a quarter of the "
        "population is one step from famine. An animal rescue charity has offered to take the"
        ' lions to a sanctuary in Jordan, but Jumaa said no permit had been granted. "If they'
        " don't leave soon, they will die here,\" he said.",
        "E H D",
        "airstrike",
    ),
    (
        "Donkey carts carry Gaza families south as Israeli tanks push into the north",
        "Thousands of Palestinians streamed south along Gaza's Salah al-Din road on Thursday,"
        " many on foot and others piled with mattresses and children onto carts pulled by "
        "donkeys and horses, as Israeli forces pressed their ground offensive into Gaza City."
        " The Israeli military has ordered civilians to leave the north and opened a corridor"
        " for a few hours a day, while its tanks and troops fight Hamas militants in the "
        "streets around the Shifa hospital. With fuel almost gone, donkey carts have become "
        "the main form of transport in the enclave, and their owners charge families what "
        'little money they have left for the journey. "The donkey is tired, we are tired, '
        'everyone is tired," said Umm Mohammed, who walked for six hours from the Shati camp '
        "with her five children beside a cart carrying her elderly mother. Vets and animal "
        "charities say many of the animals are exhausted, hurt by shrapnel or collapsing from"
        " lack of water and fodder. The UN says more than 1.5 million people in Gaza have "
        "been displaced since the war began, and that shelters in the south are packed far "
        "beyond capacity. The World Food Programme warned that bakeries were closing for lack"
        " of flour and fuel.",
        "B M D H",
        "ground offensive",
    ),
    (
        "Sudan's working donkeys and horses pay the price as fighting engulfs Khartoum",
        "Donkeys and horses that haul water, food and people through Khartoum are dying in "
        "their hundreds as fighting between Sudan's army and the paramilitary Rapid Support "
        "Forces grinds through the capital, animal welfare groups say. The Brooke, a British "
        "charity that has run mobile clinics in Sudan for years, said its vets had treated "
        "animals with gunshot and shrapnel wounds, and others collapsing from heat and hunger"
        " after their owners fled. Street battles and air strikes have shut the markets that "
        "sell fodder, and the price of a bundle of sorghum stalks has more than tripled since"
        " April, it said. For families still in the city, a donkey cart is often the only way"
        " to reach a working water point, and for many of those trying to escape, the only "
        "transport to the bus stations on the city's edge. \"When the animal dies, the family "
        'loses its income and sometimes its way out," said a Brooke vet in Omdurman, who '
        "asked not to be named for his safety. The UN says more than 2 million people have "
        "been displaced inside Sudan since the war began, and that most of Khartoum's "
        "hospitals are out of service. The charity is handing out feed and veterinary kits "
        "through local partners, but says its teams cannot reach districts where the fighting"
        " is heaviest.",
        "B E D H",
        "urban fighting",
    ),
    (
        "Airstrike on livestock market in Syria's Idlib kills 11, rescuers say",
        "Warplanes struck a crowded livestock market in the town of Saraqeb in Syria's "
        "northwestern Idlib province on Monday morning, killing at least 11 civilians and "
        "wounding more than 30, rescue workers and a war monitor said. Traders had gathered "
        "with sheep, goats and cattle ahead of the Eid al-Adha holiday, when demand for "
        "animals to sacrifice peaks, witnesses said. The White Helmets civil defence group "
        "said its volunteers pulled bodies from among dead animals and overturned pick-up "
        "trucks, and that a second strike hit the area as rescuers arrived. The Syrian "
        "Observatory for Human Rights said the raid was carried out by Russian jets "
        "supporting government forces, which have been bombarding the last major rebel-held "
        'region for weeks. Russia denies targeting civilians. "It was the busiest hour. '
        'People were bargaining over a sheep, and then there was nothing," said Abu Khaled, a'
        " trader who was wounded in the leg. More than 400,000 people have fled the "
        "bombardment in southern Idlib since late April, according to the United Nations. "
        "Hospitals in the province say they are overwhelmed, and several have been put out of"
        " service by strikes.",
        "E V M D H",
        "airstrike",
    ),
    (
        "Animal sanctuary flees south Lebanon with 200 dogs as Israeli strikes intensify",
        "Volunteers at an animal sanctuary near Nabatieh loaded about 200 dogs and dozens of "
        "cats into vans and a borrowed livestock truck on Tuesday, abandoning the shelter "
        "they had run for nine years as Israeli strikes pounded southern Lebanon. The convoy "
        "crawled north on roads jammed with families fleeing the bombardment, taking nearly "
        "11 hours to cover the 70 kilometres to a farm outside Byblos, the sanctuary's "
        'founder said. "We heard the strikes getting closer every night, and on Monday one '
        "hit a house just down the road,\" said the founder, Maya Haddad. Lebanon's health "
        "ministry said Israeli strikes across the south and the Bekaa valley had killed more "
        "than 500 people on Monday alone, the deadliest day in the country in decades. Israel"
        " says it is hitting Hezbollah weapons depots and rocket launchers hidden in "
        "villages. Hundreds of thousands of people have left the south, and schools in Beirut"
        " and Mount Lebanon have been turned into shelters. Animal groups said many pets had "
        "been left behind by owners who fled in minutes and were now roaming emptied "
        "villages. The sanctuary is appealing for food, crates and foster homes.",
        "E M D",
        "air campaign",
    ),
    (
        "Israeli drone strike kills shepherd and his flock near Lebanese border",
        "An Israeli drone strike killed a shepherd and dozens of his sheep on a hillside near"
        " the border village of Shebaa on Sunday, Lebanon's state news agency said. Relatives"
        " named the man as Hussein Khalil, 58, and said he had grazed his flock on the same "
        'slopes for forty years. The Israeli military said it had struck "a terrorist cell" '
        "approaching the border area, without giving details. Hezbollah and Israel have "
        "traded rocket, missile and artillery fire across the frontier almost daily since "
        "October, in their worst escalation since the 2006 war. Farmers in the border strip "
        "say they can no longer reach olive groves and pastures within sight of Israeli "
        "positions, and several have lost livestock to shelling and to fires started by "
        'incendiary munitions. "He knew the danger, but the sheep were all he had," his '
        "nephew told AFP by phone. Lebanon has complained to the United Nations about what it"
        " says is the use of white phosphorus on farmland in the south. Tens of thousands of "
        "residents of border villages have fled north.",
        "E D",
        "drone strike",
    ),
    (
        "Six Virunga rangers killed in ambush by Mai-Mai fighters, park says",
        "Six rangers of Virunga National Park were killed on Sunday when their patrol was "
        "ambushed by Mai-Mai militiamen near the village of Kabuhendo, in the central sector "
        "of the park, the park's management said. A seventh ranger was seriously wounded and "
        "evacuated to a hospital in Goma. The rangers, all Congolese, were on foot patrol "
        "along the park boundary when they came under heavy fire, the park said in a "
        "statement, adding that a driver travelling with them was also killed. It is the "
        "deadliest attack on the park's staff since 2020, when 12 rangers died in a single "
        "assault. Virunga, Africa's oldest national park and home to about a third of the "
        "world's mountain gorillas, lies in a region where dozens of armed groups fight the "
        "army and each other for land, charcoal and minerals. More than 200 of its rangers "
        'have been killed in the line of duty in the past quarter of a century. "These men '
        "gave their lives protecting a park that belongs to all Congolese,\" the park's "
        "director said. The UN mission in Congo condemned the killings and urged the "
        "authorities to find those responsible.",
        "B",
        "ambush",
    ),
]
