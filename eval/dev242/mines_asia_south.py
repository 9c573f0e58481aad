"""Myanmar's jade and rare earths, Mozambique's rubies, South Africa's zama zamas, and other
mines of Southern Africa and Asia (dev242)."""

from _wrap import item

item(
    "Landslide at Hpakant jade mine kills more than 170",
    """A landslide at a jade mine in Hpakant, in Myanmar's Kachin state, killed [[at least 174
    people|killed;a=Myanmar's fire services department]] on {{Thursday}}, Myanmar's fire services
    department said, after a heap of mining waste collapsed into a lake during heavy rain. [[Fifty-four
    people|injured]] were taken to hospital and
    [[about 100|missing;a=local officials]] were still missing, local officials said. Most of the
    victims were freelance jade pickers who scavenge the waste dumped by big companies. A local
    lawmaker said [[some 300 pickers|civilians;a=A local lawmaker]] had been on the slope when it
    gave way, and that [[at least 30 huts|housing;a=A local lawmaker]] were swept into the water.
    The government had warned people in the area to stay away during the monsoon. [[Hundreds of
    migrant workers|displaced]] were later moved to a monastery in Hpakant town. Rights group
    Global Witness estimated jade sales at {{$31 billion}} in {{2014}}. Rescue teams of [[between 200 and 300 soldiers and police|other;n=soldiers and police]] searched the lake.""",
)

item(
    "Myanmar military air strike hits Hpakant mining village",
    """A military air strike on a jade mining village near Hpakant killed [[at least 11
    people|killed;a=Kachin Independence Army (KIA)]], including [[three children|killed;a=Kachin
    Independence Army (KIA)]], the Kachin Independence Army (KIA) said on {{Monday}}. The group said
    [[14 people|injured;a=group;alt=Kachin Independence Army (KIA)]] were wounded and [[about 40
    houses|housing;a=group;alt=Kachin Independence Army (KIA)]] destroyed. Residents said [[some 2,000
    people|displaced;a=Residents]] fled the village for the forest and nearby monasteries. The
    junta said it had targeted [[a unit of about 200 KIA fighters|combatants;a=junta;n=fighters]]
    sheltering among the mines. Myanmar's military has carried out [[more than 60 air
    strikes|other;u=other;a=Kachin Women's Association Thailand]] in Kachin state this year, according to the
    Kachin Women's Association Thailand. The mines have been largely shut since {{2021}}, and [[tens of
    thousands of miners|other]] have left the area.""",
)

item(
    "Kachin rebels seize rare earth mines on Chinese border",
    """The Kachin Independence Army has taken control of the rare earth mining hub of Pangwa and
    Chipwi in Kachin state, near the border with China, the group said on {{October 21}}. The KIA
    said it now held [[more than 300 mining sites|other;a=KIA]] in the area, which supplies a large
    share of China's heavy rare earths. A KIA spokesman said [[about 80 soldiers|arrested;a=A KIA
    spokesman]] of a pro-junta militia had surrendered and were being held. Traders in Tengchong said
    [[fewer than 50 trucks|other;a=Traders in Tengchong]] a week now crossed the border, against
    [[about 150|other;u=other;a=Traders in Tengchong]] before the fighting. Mining at Pangwa has
    expanded fast since {{2017}}; Global Witness counted [[about 2,700 collection pools|other;u=other;a=Global
    Witness]] at [[some 300 separate locations|other;u=other;a=Global Witness]] in {{2021}} and {{2022}}.
    Residents said [[hundreds of Chinese workers|returned;a=Residents]] had gone back across the border.""",
)

item(
    "Police clear artisanal miners from Montepuez ruby concession",
    """Mozambican police said on {{Tuesday}} they had removed [[more than 3,000 illegal
    miners|displaced;a=Mozambican police]] from the Montepuez ruby concession in Cabo Delgado
    province in an operation lasting {{two weeks}}. Police arrested [[212 people|arrested;a=a provincial police spokesman]],
    among them [[87 foreigners|arrested;a=a provincial police spokesman]] from Tanzania, Guinea, Senegal and Thailand,
    who will be deported, a provincial police spokesman said. A local association of miners
    said [[two young men|killed;a=A local association of miners]] were shot dead during the raids
    and [[about a dozen|injured;a=association;alt=A local association of miners]] beaten. The
    concession's operator, Montepuez Ruby Mining, settled a lawsuit in London in {{2019}} over
    abuses by security guards, paying {{£5.8 million}} to [[273 Mozambicans|other;a=lawyers for the villagers]],
    according to lawyers for the villagers. The company said it had sold rubies worth {{$72 million}} at an auction
    in {{December}}. Police also said [[43 houses|housing;a=Police]] built inside the concession
    had been pulled down.""",
)
item(
    "Insurgents raid graphite mine camp in Cabo Delgado",
    """Islamic State-linked insurgents attacked a camp housing workers of a graphite mine near
    Ancuabe in Mozambique's Cabo Delgado province on {{Friday}}, killing [[two security
    guards|killed;a=mine's operator]] and abducting [[at least six workers|kidnapped;a=mine's
    operator]], the mine's operator said. [[About 150 staff|displaced;a=operator;alt=mine's
    operator]] were evacuated by road to Pemba and operations were suspended, the operator said.
    The attackers burned [[12 vehicles|other]] and [[four dormitories|housing;u=structure]]. Villagers said
    [[more than 5,000 people|displaced;a=Villagers]] fled nearby settlements towards Ancuabe town.
    The conflict in Cabo Delgado has killed [[more than 6,000 people|killed;a=ACLED]] since
    {{2017}}, according to the monitoring group ACLED. Rwanda has deployed [[some 4,000
    troops|combatants]] to the province since {{2021}}.""",
)

item(
    "Zama zamas: 78 bodies brought up from Stilfontein mine",
    """Rescuers brought [[78 bodies|killed;a=police]] and [[246 survivors|arrested;a=police]] to the
    surface from a disused gold mine at Stilfontein, in South Africa's North West province, in a
    {{four-day}} operation that ended on {{Monday}}, police said. All the survivors, illegal miners
    known as zama zamas, were arrested for illegal mining and immigration offences. Police said
    [[more than 1,500 miners|arrested;a=Police]] had surfaced and been arrested since {{August}},
    when officers began blocking food and water from reaching the shaft, about {{2.6 kilometres}}
    deep. Community leaders said [[up to 100 men|missing;a=Community leaders]] could remain
    underground. Officials said [[about 900 foreign nationals|returned;p;a=Officials]]
    among those arrested would be deported to Mozambique, Lesotho and Zimbabwe. Volunteers said they had sent food down to [[about 400 miners|aid;a=Volunteers]] through a pulley system before the rescue began.""",
)
item(
    "Police arrest dozens of zama zamas after Krugersdorp attack",
    """South African police arrested [[84 suspected illegal miners|arrested;a=Police Minister Bheki
    Cele]] in raids on mining camps around Krugersdorp, west of Johannesburg, Police Minister Bheki
    Cele said on {{Saturday}}. The raids followed the rape of [[eight women|other]] from a film crew
    at a mine dump nearby in {{late July}}. [[Two suspects|killed;a=police]] were shot dead in a
    gunfight with officers, police said. Residents of Kagiso set fire to [[about 20
    shacks|housing;u=structure]] used by the miners, and [[hundreds of people|other]] marched on the
    police station. Cele said [[more than 100 officers|combatants;p;a=Cele]] would remain in the
    area. Police said most of those arrested were from Lesotho, and that [[about 60 of
    them|returned;p;a=Police;n=-]] would be deported once their cases were heard.""",
)

item(
    "Vala Umgodi: 11,000 illegal miners arrested, police say",
    """South Africa's police said on {{Thursday}} that Operation Vala Umgodi had led to the arrest
    of [[more than 11,000 illegal miners|arrested;a=South Africa's police]] since it began in
    {{December 2023}}. [[About 4,300|returned;a=police]] had been deported to Zimbabwe, Mozambique
    and Lesotho, the police said. The defence force said [[3,300 soldiers|combatants;a=defence
    force]] were supporting the operation in Gauteng, the Free State and North West. In Riverlea,
    Johannesburg, police sealed [[42 shafts|other;u=other]] and removed [[about 500 miners|displaced]]
    from an informal settlement next to a mine dump. Officers also seized [[more than 200
    firearms|other;a=police;alt=South Africa's police]], according to the police statement. The
    Minerals Council estimates that illegal mining costs the economy about {{R70 billion}} a year.""",
)

item(
    "Gas leak at illegal mining site kills 17 in Boksburg",
    """[[Seventeen people|killed;a=Ekurhuleni municipality]], including [[three children|killed;a=Ekurhuleni
    municipality]], died after nitrate oxide gas leaked from a cylinder used by illegal miners to
    process gold in the Angelo informal settlement in Boksburg, Ekurhuleni municipality said.
    Officials said [[about 300 residents|displaced;a=Officials]] were evacuated overnight. [[Ten
    people|injured]] were treated in hospital. The city said it would relocate [[150
    families|displaced;p;a=city;alt=Ekurhuleni municipality]] to temporary housing with room for
    [[up to 600 people|capacity;p;a=city;alt=Ekurhuleni municipality]]. Police arrested [[six
    suspected zama zamas|arrested;n=zama zamas]] and opened an inquest. The settlement is home to
    [[roughly 2,500 people|civilians;a=community leaders]], community leaders said.""",
)

item(
    "Shaft collapse at Zimbabwe gold mine leaves miners trapped",
    """[[Six miners|killed;a=Zimbabwe's mines ministry]] died and [[at least 13|civilians;a=Zimbabwe's
    mines ministry]] remained trapped underground after a shaft collapsed at the Bay Horse gold mine
    in Chegutu, Zimbabwe's mines ministry said on {{Saturday}}. [[Thirty-four miners|other]] were
    rescued alive. The mine had been closed for safety reasons, and [[between 20 and 30 artisanal
    miners|other;a=local police]] had been digging there illegally, local police said. [[About 40
    rescuers|other]] from the Zimbabwe Mining Federation and the army worked through the night.
    The ministry said [[more than 140 people|killed;a=ministry;alt=Zimbabwe's mines ministry]] had
    died in mining accidents in the country since {{2019}}.""",
)

item(
    "Papuan rebels kill gold miners in Yahukimo",
    """Gunmen killed [[seven gold miners|killed;a=Indonesian police]] and wounded [[two
    others|injured;a=Indonesian police]] at an illegal mining camp in Yahukimo regency, in Indonesia's
    Highland Papua province, Indonesian police said on {{April 8}}. The West Papua National
    Liberation Army said it carried out the attack and accused the miners of spying for the
    military. [[About 1,000 miners|displaced]] were later flown out to Dekai. The military said it
    had deployed [[some 300 troops|combatants;a=military]] to the area. [[Two miners|missing;a=police]]
    are still missing, police said. The rebel group says it has killed [[more than 20
    people|killed;a=rebel group;alt=West Papua National Liberation Army]] in the gold fields since
    {{2023}}. [[About 90 of them|returned;a=police;n=-]] have since gone home to Sulawesi and Java, police said.""",
)

item(
    "Thousands flee fighting around Kachin rare earth mines",
    """[[More than 7,000 people|displaced;a=UN humanitarian office]] have fled fighting around the rare
    earth mines of Chipwi and Pangwa since {{October}}, the UN humanitarian office said. Most are
    sheltering in [[18 church compounds|capacity;u=structure]] and monasteries in and around
    Myitkyina. A Kachin relief group said it had given rice to [[1,450 families|aid;a=A Kachin
    relief group]], but warned that [[up to 20,000 people|civilians;p;a=A Kachin relief group]]
    could need food by {{January}}. [[Some 600 villagers|returned;a=local church leaders]] have gone
    back to villages near Chipwi, local church leaders said. Chinese authorities closed [[two border
    crossings|other]] in the area in {{November}}. [[Roughly 3,000 miners|other]] remain at the
    mines, which now pay taxes to the Kachin Independence Army.""",
)

item(
    "Illegal gold pit collapses in Mozambique's Manica",
    """[[At least 12 artisanal miners|killed;a=Manica provincial government]] were killed when an
    illegal gold pit collapsed in Manica district, near the border with Zimbabwe, the Manica
    provincial government said on {{Sunday}}. [[Five others|other]] were pulled out alive. Police
    said [[up to eight people|missing;a=Police]] might still be buried. [[More than 1,000
    diggers|other;a=district administrator]] work at the site, many of them from Zimbabwe, the
    district administrator said. Authorities said they would close [[14 illegal pits|other;u=other;p;a=Authorities]].
    The provincial government said [[40 Zimbabweans|returned;p;a=provincial government]] arrested
    at the site would be sent home. The Red Cross said it had given food parcels to [[25 families|aid;a=Red Cross]] of the dead.""",
)

item(
    "South Africa's gold output falls to a century low",
    """South Africa's gold production fell {{6.4%}} in {{2024}} to about {{90 tonnes}}, the lowest
    since {{1922}}, according to Statistics South Africa. The Minerals Council said output had
    fallen by more than {{80%}} since its peak of {{1,000 tonnes}} in {{1970}}. Mines are now
    working at depths of up to {{4 kilometres}}, and costs have risen by {{10%}} a year. The gold
    price reached {{$2,700}} an ounce in {{October}}, which helped producers' earnings. The council
    said illegal mining cost the industry about {{R14 billion}} in {{2023}}.""",
)

item(
    "Gemfields ruby auction raises $72 million",
    """Gemfields said on {{June 12}} that its latest auction of rubies from the Montepuez mine in
    Mozambique raised {{$72.3 million}}, the {{second}} highest for the company. The auction, held
    in Bangkok over {{eight days}}, sold {{95%}} of the lots offered, by weight. The largest stone,
    a ruby of {{55.2 carats}}, was sold for an undisclosed price. Gemfields owns {{75%}} of
    Montepuez Ruby Mining, with the rest held by a local partner. The company said it had raised
    {{$1.1 billion}} from ruby auctions since {{2014}}.""",
)

item(
    "Taliban fighters clash with gold miners in Badakhshan",
    """Taliban forces clashed with villagers protesting against the handover of artisanal gold mines
    to private companies in Badakhshan's Shahr-e Buzurg district, killing [[at least four
    protesters|killed;a=local sources]], local sources said. [[Twelve people|injured;a=hospital
    sources]] were wounded, hospital sources in Faizabad said. The Taliban said [[two of its
    fighters|killed;a=Taliban]] died and accused the protesters of starting the violence. [[About 50
    men|arrested;a=residents]] were detained after the clashes, residents said. The Taliban later
    sent [[several hundred fighters|combatants]] from neighbouring provinces. The mines employ
    [[some 3,000 local miners|other;a=district elders]], according to district elders, but the
    ministry of mines has granted contracts for the area to [[three companies|other;u=other]].
    [[Dozens of families|displaced]] have left for Faizabad since the clashes. In {{2023}}, [[17
    miners|killed]] died in a gold mine collapse in the province.""",
)
