"""Positives of dev69: Cameroon (the Anglophone regions and the Far North) and the Central African
Republic.

Each item: (title, text, tag codes, kind); tag codes from eval/conflictset TAG_CODES.
"""

POSITIVES = [
    (
        "Separatists abduct schoolteacher in Bamenda for defying school boycott",
        "Armed separatists abducted a primary schoolteacher in Bamenda, in Cameroon's North-West "
        'region, on Monday, accusing her of teaching during the "lock-down" they have imposed on '
        "schools, colleagues said. A video circulating on social media shows the woman, "
        'surrounded by men with rifles, being told that "Ambazonia has no school". The regional '
        "delegate for basic education said the security forces had been alerted.",
        "V",
        "abduction",
    ),
    (
        "Gunmen kill seven pupils in attack on Kumba school",
        "Seven children were killed and 12 wounded on Saturday when gunmen stormed a private "
        "bilingual school in Kumba, in Cameroon's South-West region, and opened fire on pupils "
        "in a classroom, officials said. The government blamed Anglophone separatists and "
        'called it a "terrorist act"; separatist leaders denied involvement. Parents rushed to '
        "the hospital in Kumba in search of their children. Schools in the South-West have been "
        "a target since separatists declared a boycott of education in 2017. The United Nations "
        'condemned "a senseless attack on children".',
        "V T",
        "attack on school",
    ),
    (
        "Soldiers and armed Fulani accused of killing 21 civilians in Ngarbuh",
        "At least 21 civilians, including 13 children and a pregnant woman, were killed on Friday "
        "in Ngarbuh, a village in Cameroon's North-West region, by soldiers and armed Fulani who "
        "set fire to homes, the UN humanitarian office and local residents said. The army said at "
        "first that five civilians had died accidentally during an exchange of fire with "
        "separatists. The government later acknowledged that soldiers had taken part and arrested "
        "three of them.",
        "M V",
        "massacre",
    ),
    (
        "Bomb explodes as army vehicle passes through Bamenda's Mile 4 junction",
        "An improvised explosive device went off as a military vehicle passed through the Mile 4 "
        "junction in Bamenda on Thursday morning, wounding three soldiers, an army spokesman "
        'said, describing "a security incident". Separatist fighters filmed the blast and posted '
        "the video online, and shops around the junction stayed closed for the rest of the day.",
        "E",
        "roadside bomb",
    ),
    (
        'Trader shot dead for opening shop during separatist "lock-down" in Buea',
        "A trader was shot dead in Buea on Monday after he opened his shop on the first day of a "
        'ten-day "lock-down" declared by armed separatists ahead of the national day, residents '
        "said. Two taxis whose drivers defied the order were also set on fire. The streets of the "
        "regional capital were otherwise deserted, and the army deployed patrols at the main "
        "junctions.",
        "V",
        "killing",
    ),
    (
        "Suicide bomber kills 15 in attack on displaced people's camp in the Far North",
        "At least 15 people were killed overnight when Boko Haram fighters attacked a camp "
        "sheltering displaced people in Nguetechewe, in Cameroon's Far North region, and a "
        "suicide bomber blew herself up among residents trying to flee, the mayor of Mozogo said. "
        "Six children were among the dead. The camp, which housed about 800 people who had fled "
        "earlier attacks, was partly emptied after the assault.",
        "E T V D",
        "suicide bombing",
    ),
    (
        "Boko Haram raids village in Mayo-Moskota, abducting women and children",
        "Boko Haram fighters raided a village in the Mayo-Moskota district of Cameroon's Far "
        "North on Sunday night, killing four people and abducting at least ten women and "
        "children, members of the local vigilance committee said. The attackers also drove off "
        "cattle and looted food stocks before withdrawing towards the Nigerian border.",
        "V T",
        "raid",
    ),
    (
        "Thousands flee Akwaya for Nigeria as soldiers and separatists clash",
        "More than 4,000 people have fled from Akwaya subdivision into Nigeria's Cross River "
        "state in a week after fighting between soldiers and separatist fighters, UNHCR said. "
        "Refugees told the agency that they crossed the river by canoe with only their children, "
        "leaving behind farms and livestock. Nigerian authorities are registering the new "
        "arrivals in border villages.",
        "B D",
        "displacement",
    ),
    (
        "MINUSCA says peacekeeper killed as anti-balaka elements attack Bangassou post",
        "A Moroccan peacekeeper was killed and two others wounded on Saturday when anti-balaka "
        "elements attacked a MINUSCA position in Bangassou, the UN mission in the Central African "
        "Republic said in a press release. The peacekeepers returned fire and repelled the "
        'assailants. The mission condemned an attack that "may constitute a war crime" and said '
        "it had reinforced its presence in the town.",
        "B",
        "attack on peacekeepers",
    ),
    (
        "Rebels attack entrances to Bangui, pushed back by army and allies",
        "Fighters of the Coalition of Patriots for Change (CPC) attacked two entrances to Bangui "
        "at dawn on Wednesday before being pushed back by Central African troops, UN peacekeepers "
        "and Russian and Rwandan forces, the government said. A Rwandan peacekeeper was killed "
        'and 30 assailants were "neutralised", according to the authorities. Residents of PK12 '
        "and Bimbo said the gunfire lasted for hours, and many families fled towards the city "
        "centre.",
        "B D",
        "rebel offensive",
    ),
    (
        "Witnesses say Russian fighters killed miners at gold site near Bambari",
        "Witnesses told RFI that Russian instructors and Central African soldiers killed at least "
        "a dozen civilians at an artisanal gold-mining site near Bambari on Sunday, during an "
        "operation against rebels of the UPC. Several miners were shot as they ran and their "
        'bodies left in the pits, a survivor said. The government said only "armed elements" had '
        "been neutralised and rejected what it called a campaign against its Russian partners.",
        "M V",
        "killings during operation",
    ),
    (
        "Muslims shelter in Bangassou cathedral after militia attack on Tokoyo district",
        "About 2,000 Muslim residents of Bangassou have taken refuge in the compound of the "
        "Catholic cathedral after anti-balaka militiamen attacked the Tokoyo district, killing "
        "dozens, the bishop said. UN peacekeepers guard the site, but those inside say they "
        'cannot go out to fetch water without being threatened. "They are prisoners in their own '
        'town," the bishop told journalists.',
        "V D",
        "attack on Muslim district",
    ),
    (
        "Displacement camp at Alindao mission burned, dozens killed",
        "Armed men of the UPC attacked and set fire to the displacement camp at the Catholic "
        "mission in Alindao on Thursday, killing at least 40 people, among them two priests, the "
        "United Nations said. Most of the camp's 18,000 residents fled into the bush or to the "
        "town's hospital, where MSF said it was treating wounded and had run out of space. "
        "Charred shelters covered most of the site on Friday, a humanitarian worker said.",
        "V D H",
        "attack on camp",
    ),
    (
        "MINUSCA condemns attack on humanitarian convoy on the Batangafo road",
        "The UN mission in the Central African Republic (MINUSCA) condemned an attack on Tuesday "
        "by armed men on a humanitarian convoy between Kabo and Batangafo, in which a driver was "
        'killed and two lorries of food were looted. "Attacks on humanitarian workers deprive '
        'thousands of vulnerable people of vital assistance," the mission said in a press '
        "release. The NGO that owned the lorries suspended its movements in the area.",
        "V H",
        "attack on aid convoy",
    ),
    (
        "Anti-tank mine kills four civilians on the Bocaranga road",
        "Four civilians were killed on Sunday when the vehicle they were travelling in hit an "
        "anti-tank mine on the road between Bocaranga and Koui, in north-western Central African "
        "Republic, local authorities said. MINUSCA said the mine was one of several laid on the "
        "roads of the Ouham-Pendé by the armed group 3R, and urged drivers to avoid the track.",
        "E",
        "landmine",
    ),
    (
        "Clashes between rival armed factions in Ndélé force thousands to flee",
        "Fighting between rival factions of the former Séléka in Ndélé, in north-eastern Central "
        "African Republic, has killed at least 25 people, including civilians, and forced "
        "thousands of residents to take refuge near the MINUSCA base, the mission said. Shops in "
        "the main market were looted and burnt. Peacekeepers have been patrolling between the "
        "districts held by the two groups since Saturday.",
        "B D",
        "armed clashes",
    ),
]
