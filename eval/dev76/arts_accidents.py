"""Accidents: the Beirut port explosion, building and bridge collapses, crowd crushes and
stampedes, ferry and boat capsizes, a plane crash, train and bus crashes, mine disasters,
factory and restaurant fires, a tanker explosion, chemical plant blasts and a gas leak."""

from _wrap import item

item(
    "Beirut blast: toll rises to 154 as search continues",
    """The death toll from the explosion at Beirut port rose to [[154|killed;a=Lebanon's health
    ministry]], Lebanon's health ministry said on Thursday, with [[about 5,000 people|injured;
    a=Lebanon's health ministry]] injured. Beirut's governor Marwan Abboud said [[up to 300,000
    people|displaced;a=Beirut's governor Marwan Abboud]] had been left homeless. The blast was
    caused by a large stock of ammonium nitrate stored at the port for {{six years}}.""",
)

item(
    "Beirut explosion damaged hospitals and schools, WHO and UNICEF say",
    """The WHO said [[three hospitals|housing;a=The WHO]] in Beirut had been destroyed or badly
    damaged and [[two more|housing;a=The WHO;u=structure;n=-]] partially damaged. UNICEF said
    [[about 120 schools|housing;a=UNICEF]] used by [[55,000 children|civilians;a=UNICEF]] had
    been damaged.""",
)

item(
    "Savar factory collapse: army ends rescue operation",
    """The army ended its search of the collapsed Rana Plaza building in Savar on Tuesday with
    the death toll at [[1,127|killed;a=an army spokesman]], an army spokesman said. Rescuers had
    pulled [[2,438 people|other;a=an army spokesman]] alive from the rubble, he said. The {{eight-storey}} building housed garment factories employing [[about 3,000 workers|other]].""",
)

item(
    "Ikoyi tower collapse: rescuers recover more bodies",
    """Emergency workers had pulled [[36 bodies|killed;a=the Lagos State Emergency Management
    Agency]] and [[nine survivors|other;a=the Lagos State Emergency Management Agency]] from the
    rubble of a {{21-storey}} building under construction in Lagos's Ikoyi district, the Lagos
    State Emergency Management Agency said on Thursday. Police said [[about 50 workers|civilians;
    a=Police]] were believed to be trapped.""",
)

item(
    "Gujarat bridge collapse: toll reaches 135",
    """The death toll from the collapse of a colonial-era pedestrian suspension bridge in Morbi,
    Gujarat, reached [[135|killed;a=state officials]] on Monday, state officials said, including
    [[47 children|killed;a=state officials]]. [[About 400 people|other]] were on the
    {{230-metre}} bridge, which had reopened {{five days}} earlier after repairs, when it gave
    way. Police arrested [[nine people|arrested]], including managers of the company that ran
    it.""",
)

item(
    "Seoul Halloween crush: 156 dead, most in their 20s",
    """[[At least 156 people|killed;a=officials]] were killed and [[151|injured;a=officials]]
    injured when a Halloween crowd surged in a narrow alley in Seoul's Itaewon district,
    officials said. Most of the dead were in their {{20s}}, and [[26 foreigners|killed;a=the
    interior ministry]] were among them, the interior ministry said. Police had sent only [[137
    officers|combatants]] to the area, where [[80,000 to 100,000 people|other]] had gathered.""",
)

item(
    "Hathras stampede at religious gathering kills 121",
    """[[At least 121 people|killed;a=officials]], most of them women, were killed in a stampede
    at a religious gathering in Uttar Pradesh's Hathras district, officials said. The organisers
    had permission for [[80,000 people|capacity]], but police estimated [[more than 250,000|
    other;a=police]] attended. [[Six organisers|arrested]] were later arrested.""",
)

item(
    "Indonesia football stadium crush: police tear gas blamed",
    """[[At least 131 people|killed;a=officials]] died, including [[more than 30 children|killed;
    a=officials]], after police fired tear gas at fans at Kanjuruhan stadium in Malang, East
    Java, officials said. The stadium holds [[38,000 people|capacity]], but [[42,000
    tickets|other;u=other]] had been sold for the match, which the home side lost {{2-3}}.""",
)

item(
    "Lake Kivu ferry capsize: 78 dead near Goma",
    """A boat carrying [[about 278 passengers|other]] capsized near the port of Kituku in Goma on
    Thursday, killing [[at least 78 people|killed;a=the provincial governor]], the provincial
    governor said. [[Fifty-eight survivors|other]] were pulled from the water. Officials said
    the number aboard may have been higher, as the boat was overloaded.""",
)

item(
    "Bangladesh ferry fire: dozens die on Sugandha river",
    """A fire swept through a river ferry on the Sugandha near Jhalakathi before dawn on Friday,
    killing [[at least 39 people|killed;a=police]], police said. The vessel, licensed to carry
    [[310 passengers|capacity]], had [[700 to 800|other;a=survivors]] aboard, survivors said. [[About 70
    people|injured]] were treated for burns in Barisal.""",
)

item(
    "Tanzania ferry toll rises above 200 on Lake Victoria",
    """The toll from the capsize of the MV Nyerere on Lake Victoria rose to [[224|killed;
    a=Tanzania's government]], Tanzania's government said on Saturday, and [[41 people|other;
    a=Tanzania's government]] had been rescued alive. The ferry was built to carry [[101
    passengers|capacity]]. President John Magufuli declared {{four days}} of national
    mourning.""",
)

item(
    "Boat carrying wedding guests capsizes on Niger river",
    """[[At least 106 people|killed;a=police]] drowned when a boat carrying guests home from a
    wedding capsized on the Niger river in Kwara state early on Monday, police said. A police
    spokesman said [[144 people|other;a=A police spokesman]] had been rescued and divers were
    searching for others.""",
)

item(
    "Ethiopian Airlines crash: all 157 aboard killed",
    """An Ethiopian Airlines {{Boeing 737 MAX 8}} crashed {{six minutes}} after taking off from
    Addis Ababa on Sunday, killing [[all 157 people|killed;a=the airline]] on board, the airline
    said. The victims of {{Flight 302}} came from [[35 countries|other;u=other]], among them
    [[32 Kenyans|killed]] and [[18 Canadians|killed]].""",
)

item(
    "Odisha three-train collision kills 288",
    """[[At least 288 people|killed;a=Odisha's chief secretary]] were killed and [[more than
    1,100|injured;a=Odisha's chief secretary]] injured when an express train hit a stationary
    goods train near Balasore and derailed into the path of another express, Odisha's chief
    secretary said. [[More than 1,000 rescuers|other]] and [[200 ambulances|other]] worked
    through the night. The train had been travelling at about {{128 km/h}}.""",
)

item(
    "Tempi rail crash: students among 57 dead",
    """A passenger train carrying [[about 350 people|other]] collided head-on with a freight
    train near Tempi in central Greece just before midnight, killing [[57|killed]], many of them
    students returning from a carnival weekend. The fire service said [[more than 80
    people|injured;a=The fire service]] had been taken to hospital.""",
)

item(
    "Bus plunges into ravine and catches fire in Balochistan",
    """[[At least 41 people|killed;a=a local official]] were killed when a passenger bus fell
    into a ravine and caught fire in Lasbela district, a local official said. The bus, on its
    way from Quetta to Karachi, was carrying [[44 passengers|other]], and only [[three|other]],
    including [[a child|other;v=1]], survived.""",
)

item(
    "Soma mine disaster: Turkey's worst industrial accident",
    """The death toll from the fire at a coal mine in Soma, western Turkey, rose to [[301|killed;
    a=Energy Minister Taner Yildiz]], Energy Minister Taner Yildiz said on Saturday, as the
    search ended. [[787 miners|other]] had been underground when an explosion set off the fire,
    and rescuers brought out [[485|other]] alive.""",
)

item(
    "Amasra coal mine blast: miners trapped underground",
    """An explosion in a state-owned coal mine in Amasra on Turkey's Black Sea coast killed [[at
    least 22 miners|killed;a=Interior Minister Suleyman Soylu]], and [[about 15|civilians;
    a=Interior Minister Suleyman Soylu]] were still trapped {{about 300 metres}} below ground,
    Interior Minister Suleyman Soylu said.""",
)

item(
    "Inner Mongolia open-pit mine collapse traps dozens",
    """[[At least 53 people|civilians;a=state news agency Xinhua]] were trapped when an open-pit
    coal mine collapsed in Inner Mongolia's Alxa League, state news agency Xinhua said, and
    [[six|killed;a=state news agency Xinhua]] were confirmed dead. [[More than 900
    rescuers|other]] were at the site.""",
)

item(
    "Dhaka restaurant building fire kills 46",
    """A fire tore through a {{seven-storey}} building housing restaurants and shops on Dhaka's
    Bailey Road late on Thursday, killing [[46 people|killed;a=Health Minister Samanta Lal Sen]],
    Health Minister Samanta Lal Sen said. Firefighters rescued [[75 people|other]] from the
    building, and [[at least 22|injured]] were being treated in hospital.""",
)

item(
    "Fuel tanker explosion kills scores in Nigeria's Jigawa",
    """A fuel tanker overturned and exploded in Majiya, Jigawa state, as residents gathered to
    scoop spilled fuel, killing [[at least 147 people|killed;a=police]], police said. [[More
    than 100 people|injured]] were taken to hospital with burns.""",
)

item(
    "Jiangsu chemical plant blast: 78 dead, hundreds hurt",
    """The death toll from an explosion at a chemical plant in Xiangshui, Jiangsu province, rose
    to [[78|killed;a=state media]], state media said on Sunday, with [[94 people|injured;
    a=state media]] seriously injured. The blast, which registered as a {{magnitude 2.2}}
    tremor, shattered windows up to {{6 km}} away and damaged [[16 schools|housing]].""",
)

item(
    "Styrene gas leak at Visakhapatnam plant kills 12",
    """A styrene gas leak at a chemical plant near Visakhapatnam killed [[12 people|killed;
    a=officials]], including [[two children|killed;a=officials]], officials said. [[About 585
    people|injured]] were admitted to hospital, and police evacuated [[about 3,000
    people|displaced]] from [[five villages|other]] within {{3 km}} of the plant.""",
)
