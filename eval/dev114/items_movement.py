"""Movement pairs: people who fled in one twin, and who returned, were relocated, evacuated or
deported in the other (12 pairs, M01-M12)."""

from _wrap import item, pair

pair("M01", "fled / returned: Kharkiv's residents leaving in 2022, coming back in 2023")
item(
    "Kharkiv mayor says 700,000 residents have fled the city",
    """Kharkiv Mayor Ihor Terekhov said on Sunday that [[about 700,000
    residents|displaced;a=Kharkiv Mayor Ihor Terekhov]] had left the city since {{February
    24}}, {{about half}} of its pre-war population. Russian shelling of the northern districts
    continues day and night, and [[more than 1,000 people|displaced]] are still sleeping in
    metro stations. [[Some 2,000 buildings|housing;a=the mayor;alt=Kharkiv Mayor Ihor
    Terekhov]] have been damaged, the mayor said.""",
)
item(
    "Kharkiv comes back to life as residents return",
    """[[About 400,000 residents|returned;a=Mayor Ihor Terekhov]] have come back to Kharkiv
    since Russian troops were pushed back from the city's outskirts, Mayor Ihor Terekhov said,
    bringing its population to [[about 1.1 million|civilians;a=Mayor Ihor Terekhov]]. The
    metro, where [[thousands|displaced]] sheltered in the first months of the war, runs
    normally again. Cafes have reopened on Sumska Street, though air raid sirens still sound
    most nights.""",
)

pair("M02", "fled / evacuated: Lebanese fleeing north, Israelis evacuated from the border")
item(
    "Tens of thousands flee south Lebanon as Israeli strikes intensify",
    """[[Tens of thousands of people|displaced]] fled southern Lebanon on Monday as Israeli
    jets struck [[hundreds of targets|other;u=other]], jamming the coastal highway to Beirut
    for hours. Lebanon's health ministry said [[492 people|killed;a=Lebanon's health ministry]]
    had been killed, including [[35 children|killed;a=Lebanon's health ministry]]. The
    education minister said [[89 schools|capacity;a=The education minister]] had been opened as
    shelters.""",
)
item(
    "A year on, 60,000 northern Israelis still evacuated from border towns",
    """[[About 60,000 Israelis|displaced;a=the government]] evacuated from communities along
    the Lebanese border in {{October 2023}} are still living in hotels and rented flats, the
    government said on Sunday. Kiryat Shmona, a town of [[about 22,000 people|civilians]], has
    been largely empty for a year. The army says Hezbollah has fired [[more than 8,000
    rockets|other;a=The army]] at northern Israel since the war began.""",
)

pair("M03", "fled / relocated: Rohingya crossing into Bangladesh, and moved to Bhasan Char")
item(
    "Rohingya exodus to Bangladesh passes half a million",
    """[[More than 500,000 Rohingya|displaced;a=the UN refugee agency]] have fled Myanmar's
    Rakhine state for Bangladesh since {{August 25}}, the UN refugee agency said on Thursday,
    and [[about 2,000 a day|displaced;a=aid workers]] are still crossing the Naf river, aid
    workers say. Most arrive exhausted after walking for days through the hills. Aid agencies
    have dug [[about 4,000 latrines|aid]] in the new camps around Kutupalong.""",
)
item(
    "Another 3,000 Rohingya relocated to Bhasan Char island",
    """[[Another 3,000 Rohingya refugees|displaced;a=naval officials]] were moved from the
    camps in Cox's Bazar to Bhasan Char island on Thursday, naval officials said, bringing the
    number living there to [[about 18,500|displaced;a=naval officials]]. The silt island in the
    Bay of Bengal has housing for [[100,000 people|capacity]]. Rights groups say some of those
    moved did not go willingly.""",
)

pair("M04", "fled / returned: people leaving Khartoum in 2023, and going back in 2025")
item(
    "More than 1.7 million have fled Khartoum, IOM says",
    """[[Over 1.7 million people|displaced;a=the International Organization for Migration]]
    have fled Khartoum since fighting between the army and the Rapid Support Forces broke out
    in {{mid-April}}, the International Organization for Migration said on Tuesday. Egypt says
    [[more than 250,000 Sudanese|displaced;a=Egypt]] have crossed its southern border. Those
    who stayed in the capital describe looting, rape and bodies lying unburied in the streets.""",
)
item(
    "IOM: 400,000 Sudanese have returned to Khartoum state",
    """[[Around 400,000 people|returned;a=the IOM]] have gone back to Khartoum state since the
    army retook the capital in March, the IOM said on Thursday, although much of the city has
    no water or power. Egyptian officials say [[more than 150,000 Sudanese
    refugees|returned;a=Egyptian officials]] have gone home from Egypt by train and bus this
    year. The returns are straining the few hospitals that have reopened.""",
)

pair(
    "M05",
    "fled / returned: Syrians fleeing the rebel offensive, and refugees coming home after Assad",
)
item(
    "Tens of thousands displaced as rebels sweep into Aleppo",
    """[[More than 48,500 people|displaced;a=the UN humanitarian office OCHA]] have been
    displaced in northern Syria since the rebel offensive began on {{November 27}}, the UN
    humanitarian office OCHA said. Kurdish authorities said [[some 12,000
    families|displaced;a=Kurdish authorities]] from the Tal Rifaat area were on the road east
    towards Tabqa. Many spent the night in their cars in freezing rain.""",
)
item(
    "UNHCR: 195,000 Syrian refugees have returned since Assad's fall",
    """[[About 195,000 Syrians|returned;a=UNHCR]] have returned from neighbouring countries
    since the fall of Bashar al-Assad on {{December 8}}, UNHCR said on Tuesday, most of them
    from Turkey and Lebanon. [[More than 125,000 people|returned;a=the agency;alt=UNHCR]]
    displaced inside the country have also gone home, the agency said. Many found their houses
    looted or destroyed.""",
)

pair("M06", "evacuated / returned: the Jasper wildfire's evacuees, and their return")
item(
    "Jasper wildfire: 25,000 evacuated as fire reaches townsite",
    """[[About 25,000 people|displaced;a=Parks Canada]] have been evacuated from Jasper
    National Park, among them [[some 4,700 residents|displaced;a=Parks Canada]] of the town of
    Jasper, Parks Canada said on Thursday. Officials said [[358 buildings|housing;a=Officials]]
    had been destroyed, {{about a third}} of the town's structures. Evacuees were sent to
    reception centres in Grande Prairie and Calgary.""",
)
item(
    "Jasper residents return to a town changed by fire",
    """[[Thousands of residents|returned]] began returning to Jasper on Friday, {{three weeks}}
    after a wildfire forced them out, driving past rows of burned homes on the way in.
    Officials said [[about 1,000 residents|displaced;a=Officials]] whose homes were lost cannot
    yet move back and are staying in hotels in Hinton and Edmonton. The town's water is still
    not safe to drink.""",
)

pair("M07", "fled / deported: Afghans crossing into Pakistan, and Afghans expelled from it")
item(
    "Thousands of Afghans cross into Pakistan at Chaman after Taliban takeover",
    """[[More than 10,000 Afghans|displaced;a=border officials]] crossed into Pakistan at
    Chaman on Monday, border officials said, many of them families carrying what they could.
    Pakistan says it already hosts [[about 3 million Afghans|displaced;a=Pakistan]], and has
    said it cannot take in more. Trucks loaded with fruit waited for days on the Afghan side of
    the crossing.""",
)
item(
    "Pakistan expels 165,000 Afghans as deadline passes",
    """[[Over 165,000 Afghans|returned;a=caretaker interior minister Sarfraz Bugti]] have
    returned or been deported since the {{November 1}} deadline for undocumented migrants to
    leave, caretaker interior minister Sarfraz Bugti said. He said the government would deport
    [[the remaining 1.4 million|returned;p;a=caretaker interior minister Sarfraz Bugti]] in
    phases. Aid agencies at the Torkham crossing said families were arriving with nowhere to
    go.""",
)

pair("M08", "fled / relocated: Palma's displaced reaching Pemba, and families moved to new sites")
item(
    "Palma attack: more than 11,000 displaced, many arriving in Pemba by boat",
    """[[More than 11,000 people|displaced;a=the International Organization for Migration]]
    have fled Palma since insurgents attacked the town on {{March 24}}, the International
    Organization for Migration said. [[Around 1,400|displaced]] arrived at Pemba's Paquitequete
    beach on a single ferry on Thursday. Survivors told of bodies in the streets and people
    hiding in the bush for {{a week}}.""",
)
item(
    "Mozambique moves displaced families to resettlement sites in Metuge",
    """Authorities in Cabo Delgado have relocated [[about 6,500 families|displaced;a=provincial
    officials]] from host communities in Pemba to [[five resettlement
    sites|capacity;a=provincial officials]] in Metuge district, provincial officials said. Each
    family receives a plot of land and building materials. [[More than 40 latrines|aid]] were
    built by aid agencies in the largest site, Ntokota.""",
)

pair("M09", "fled / relocated: Karabakh Armenians crossing into Armenia, then moved into flats")
item(
    "More than 100,000 have fled Nagorno-Karabakh, Armenia says",
    """[[More than 100,000 people|displaced;a=the Armenian government]] have crossed into
    Armenia from Nagorno-Karabakh since Azerbaijan's offensive last week, the Armenian
    government said on Saturday, out of a population of [[about 120,000|civilians;a=the
    Armenian government]]. The road through the Lachin corridor was jammed for {{more than 30
    hours}}. [[At least 170 people|killed;a=officials]] were killed in a fuel depot explosion
    near Stepanakert as people queued for petrol, officials said.""",
)
item(
    "Armenia moves Karabakh refugee families from hotels into rented flats",
    """[[About 1,200 families|displaced;a=Armenia's social affairs ministry]] who fled
    Nagorno-Karabakh in September have been relocated from hotels and community centres in
    Goris and Yerevan to flats rented by the state in Kotayk and Ararat provinces, Armenia's
    social affairs ministry said. Each refugee receives {{50,000 drams}} a month towards rent
    for {{six months}}. [[About 20,000 refugees|displaced;a=the ministry;alt=Armenia's social
    affairs ministry]] are still living in hotels, schools and dormitories, the ministry said.""",
)

pair("M10", "fled / deported: Haitians driven from their neighbourhoods, and sent back from the DR")
item(
    "Gang attacks force thousands from Port-au-Prince neighbourhoods",
    """[[More than 5,000 people|displaced;a=the International Organization for Migration]] fled
    Solino and Nazon over the weekend as gangs of the Viv Ansanm coalition attacked, the
    International Organization for Migration said. Most have taken shelter in [[a dozen
    schools|capacity]] in Delmas. Residents said [[at least 15 people|killed;a=Residents]] were
    shot or burned in their homes.""",
)
item(
    "Dominican Republic deporting 10,000 Haitians a week",
    """The Dominican Republic is deporting [[about 10,000 Haitians a week|returned;a=the
    Dominican migration authority]], the Dominican migration authority said, under a plan
    announced by President Luis Abinader in October. Haiti's national migration office says
    [[more than 276,000 people|returned;a=Haiti's national migration office]] were sent back
    across the border last year. Many arrive at Belladère and Ouanaminthe with only the clothes
    they wear.""",
)

pair("M11", "displaced / returned: Goma's camps full, then emptied by M23's order")
item(
    "Camps around Goma shelter 650,000 displaced as M23 advances",
    """[[About 650,000 people|displaced;a=OCHA]] displaced by fighting between the Congolese
    army and the {{M23}} rebels are living in camps on the edges of Goma, OCHA said in its
    latest update. The largest, Bulengo, holds [[more than 120,000|displaced]]. Aid agencies
    have recorded [[over 2,000 cases|other;a=Aid agencies]] of cholera in the camps since
    January.""",
)
item(
    "M23 orders Goma camps cleared, displaced head home",
    """[[More than 110,000 people|returned;a=UNHCR]] have left the camps around Goma and gone
    back to their villages since {{M23}} fighters took the city, UNHCR said on Friday. The
    rebels gave camp residents {{72 hours}} to leave, and many found their fields overgrown and
    their houses stripped. [[About 40 camps|capacity;a=aid workers]] stand empty, aid workers
    say.""",
)

pair(
    "M12", "evacuated / to be relocated: Enga's landslide, the people moved and those still to move"
)
item(
    "PNG landslide: more than 1,600 evacuated as hillside keeps moving",
    """[[More than 1,600 people|displaced;a=provincial administrator Sandis Tsaka]] have been
    evacuated from villages near the landslide in Enga province, provincial administrator
    Sandis Tsaka said, as water trapped under the debris threatened a second collapse. Only
    [[six bodies|killed]] have been recovered. Rescuers are digging with spades and bare hands
    because heavy machinery cannot reach the site.""",
)
item(
    "Government to relocate 7,849 people from landslide danger zone",
    """Papua New Guinea's government said on Wednesday it would relocate [[7,849
    people|displaced;p;a=Papua New Guinea's government]] living near the landslide in Enga
    province, where the hillside is still shifting. [[About 150 houses|housing]] were buried
    when the mountain collapsed before dawn on {{May 24}}. Provincial officials have not said
    where the new settlements will be.""",
)
