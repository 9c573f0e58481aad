"""Drought and hunger where armed groups hold the roads: Somalia, Ethiopia's Tigray,
Afghanistan, Sudan, Gaza, South Sudan, the Sahel's besieged towns, north-east Nigeria, Yemen,
Haiti and Syria (items with figures first, then three without)."""

from _wrap import item

item(
    "Somalia says 110 died of hunger in two days",
    """[[One hundred and ten people|killed;a=Prime Minister Hassan Ali Khaire]] have died from
    hunger and acute diarrhoea in the past {{48 hours}} in a single region, Prime Minister
    Hassan Ali Khaire said on Saturday, the first toll announced since the government declared
    the drought a national disaster. The deaths were in the Bay region, where al-Shabaab
    controls most of the countryside and taxes farmers' harvests.""",
)

item(
    "Famine projected in Somalia's Bay region, UN says",
    """Famine is expected in the Baidoa and Burhakaba districts of Somalia's Bay region between
    October and December, the UN-backed Integrated Food Security Phase Classification said on
    Monday, affecting [[up to 300,000 people|civilians;p;a=the UN-backed Integrated Food
    Security Phase Classification]]. Drought has driven [[more than 1 million|displaced;a=UN
    agencies]] Somalis from their homes since January {{2021}}, UN agencies said, most of them
    to camps around towns held by the government.""",
)

item(
    "Somalia's drought killed an estimated 43,000 last year, study finds",
    """The drought in Somalia caused [[an estimated 43,000 deaths|killed;a=a study]] in
    {{2022}}, {{half}} of them among children under {{five}}, according to a study released on
    Monday by the government, UNICEF and the WHO. The study projected that [[between 18,100 and
    34,200 people|killed;p;a=The study]] could die in the first {{six months}} of {{2023}}.
    Researchers could not collect data in areas held by al-Shabaab.""",
)

item(
    "Al-Shabaab burns food trucks on road to Hudur",
    """Al-Shabaab fighters stopped a convoy on the road between Baidoa and Hudur on Wednesday
    and burned [[six trucks|aid;a=regional officials]] loaded with sorghum and vegetable oil,
    regional officials said. The militants also ordered [[about 200 families|displaced]] in
    nearby villages to leave for refusing to pay a livestock levy. Hudur has been under siege
    for {{more than seven years}}.""",
)

item(
    "Somali and African Union troops push on as aid follows",
    """Somali forces and clan militias backed by the African Union have retaken [[more than 60
    towns and villages|other;n=towns and villages;a=the government]] from al-Shabaab in Hiraan
    and Middle Shabelle since August, the government said. Kenya and Ethiopia have pledged
    [[between 2,000 and 3,000 troops|combatants;p;a=Kenya and Ethiopia]] for the next phase.
    Aid agencies said they had reached [[about 90,000 people|aid;a=Aid agencies]] in the
    retaken areas.""",
)

item(
    "Evictions uproot drought-displaced families in Mogadishu",
    """[[More than 150,000 displaced people|displaced;a=the Norwegian Refugee Council]] were
    evicted from private land in Mogadishu in the first {{nine months}} of the year, the
    Norwegian Refugee Council said, many of them for the {{second}} or {{third}} time. The city
    now has [[some 2,400 displacement sites|capacity;a=the council;alt=the Norwegian Refugee
    Council]], the council estimated.""",
)

item(
    "Tigray officials say hundreds starved after aid was paused",
    """[[At least 1,411 people|killed;a=Tigray's interim administration]] have died of hunger
    in Tigray since food aid was suspended in the spring, Tigray's interim administration said
    on Friday. The UN and the United States halted food distributions across Ethiopia after
    uncovering the large-scale theft of donated grain. Drought has since hit the region's south
    and east, where [[about 2.4 million people|civilians;v=2400000]] need help.""",
)

item(
    "WFP resumes food aid in Ethiopia after theft scandal",
    """The World Food Programme said it would resume distributions in Tigray and the rest of
    Ethiopia this month, aiming to reach [[3.2 million people|aid;p;v=3200000;a=The World Food
    Programme]] by January under a new system of biometric registration. Drought in Tigray,
    Afar and Amhara has killed [[thousands of livestock|killed;a=local officials]] since
    October, local officials said. Clashes between the army and Fano militias have closed some
    roads in Amhara.""",
)

item(
    "Drought drives Afghan families into camps around Herat",
    """[[More than 250,000 people|displaced;a=the UN]] have left their villages in Badghis and
    Herat provinces because of drought, the UN said, as fighting between the Taliban and
    government forces closed roads to markets. Most now live in [[more than 20 informal
    settlements|capacity;a=aid workers]] on the edge of Herat city, aid workers said, and some
    families have sold daughters as young as {{six}} into marriage to pay for food.""",
)

item(
    "Half of Afghanistan faces acute hunger after Taliban takeover",
    """[[A record 22.8 million Afghans|civilians;p;v=22800000;a=the Integrated Food Security
    Phase Classification]] will face acute food insecurity this winter, the Integrated Food
    Security Phase Classification said on Monday, more than {{half}} of the population. Frozen
    central bank reserves and the end of foreign aid have collapsed the economy. [[About 3.2
    million children|civilians;p;v=3200000;a=UNICEF]] under {{five}} are expected to be acutely
    malnourished by the end of the year, according to UNICEF.""",
)

item(
    "Returnees from Iran pour through Islam Qala in summer heat",
    """[[Up to 40,000 Afghans a day|returned;a=the International Organization for Migration]]
    have crossed back from Iran at Islam Qala in recent weeks, the International Organization
    for Migration said, as Iran pressed ahead with deportations and temperatures at the border
    reached {{45C}}. The agency said it could give cash and food to only {{one in ten}}
    arrivals. [[More than 1.5 million Afghans|returned;v=1500000;a=the agency;alt=the
    International Organization for Migration]] have returned from Iran this year, the agency
    said.""",
)

item(
    "Famine confirmed in Sudan's Zamzam camp",
    """Famine conditions are occurring in Zamzam camp south of El Fasher, the Famine Review
    Committee said on Thursday, the first such finding anywhere since {{2017}}. The camp
    shelters [[about 500,000 people|displaced]], many of whom fled earlier attacks by the Rapid
    Support Forces, which have besieged El Fasher since May. Doctors Without Borders screened
    [[46,000 children|aid;a=Doctors Without Borders]] in the camp and found {{30 percent}}
    acutely malnourished, it said.""",
)

item(
    "Half of Sudan's population faces acute hunger",
    """[[About 25.6 million people|civilians;v=25600000;a=the IPC]], over {{half}} of Sudan's
    population, face acute food insecurity, the IPC said in its latest analysis, and
    [[755,000|civilians;a=the IPC]] are in catastrophe, or {{Phase 5}}. The analysis warned of
    famine in [[14 areas|other;p;u=other;a=The analysis]] of Darfur, Kordofan, Khartoum and
    Gezira if fighting and the blocking of aid continued.""",
)

item(
    "Aid trucks wait at Chad border as RSF and army trade blame",
    """[[More than 100 trucks|aid;a=UN officials]] carrying food and medicine for Darfur were
    waiting at the Adre crossing on Tuesday after the army-led government suspended permits, UN
    officials said. A convoy of [[15 trucks|aid;a=the World Food Programme]] that reached El
    Fasher in March was the first in {{four months}}, according to the World Food Programme.
    The RSF has shelled the roads into the city, and the army has bombed markets in RSF-held
    towns.""",
)

item(
    "Children dying of hunger in besieged Kadugli",
    """[[At least 23 children|killed;a=a local aid group]] have died of malnutrition in
    Kadugli, capital of Sudan's South Kordofan state, in the past {{two months}}, a local aid
    group said. The town has been cut off by the Rapid Support Forces and their allies in the
    SPLM-North faction of Abdelaziz al-Hilu. [[Some 1,300 families|displaced]] have fled to the
    Nuba mountains, where food is also scarce.""",
)

item(
    "Famine confirmed in Gaza City, first in the Middle East",
    """Famine is taking place in the Gaza City governorate, the IPC said on Friday, and [[more
    than half a million people|civilians;v=500000;q=at_least;a=the IPC]] across the territory
    face catastrophic hunger. The health ministry in Gaza said [[at least 271
    people|killed;a=The health ministry in Gaza]], including [[112 children|killed;a=The health
    ministry in Gaza]], had died of malnutrition since the war began. Israel rejected the
    finding.""",
)

item(
    "Only a trickle of trucks reaches Gaza as hunger deepens",
    """Aid groups say [[about 600 trucks a day|aid;p;a=Aid groups]] are needed to meet basic
    needs in Gaza. Only [[86 trucks|aid;a=the UN]] entered on Sunday, according to the UN. The
    UN human rights office said [[more than 1,000 people|killed;a=The UN human rights office]]
    had been killed while trying to reach food since the end of May, most of them near the
    distribution sites of the US-backed Gaza Humanitarian Foundation.""",
)

item(
    "Airdropped aid pallet kills five in northern Gaza",
    """[[Five people|killed;a=the Government Media Office]] were killed and [[10
    others|injured;a=the Government Media Office]] injured when a parachute failed to open and
    a pallet of aid fell on them north of Al-Shati camp, the Government Media Office said.
    Jordan, the United Arab Emirates and the United States have dropped [[more than 120
    pallets|aid]] over the north this week. Aid officials said airdrops could not replace road
    convoys.""",
)

item(
    "Fighting in Nasir sends thousands fleeing into hunger",
    """Clashes between the army and the White Army militia around Nasir in Upper Nile state
    have driven [[more than 50,000 people|displaced;a=the UN]] from their homes since February,
    the UN said, some of them into Ethiopia. Cholera has broken out among the displaced. Across
    South Sudan, [[7.7 million people|civilians;p;v=7700000;a=the IPC]], nearly {{60 percent}}
    of the population, are expected to face acute hunger in the lean season, according to the
    IPC.""",
)

item(
    "Jihadist blockade leaves Djibo cut off and hungry",
    """[[Nearly 300,000 people|civilians]] are trapped in the northern Burkinabe town of Djibo,
    which jihadists have blockaded since {{2022}}. In the last attack on a supply convoy, near
    Gaskinde, [[11 soldiers|killed;a=the army]] were killed and [[50 civilians|missing;a=the
    army]] went missing, the army said. The government now flies in food by helicopter, and
    delivered [[about 40 tonnes|aid;a=the government]] last month, the government said.""",
)

item(
    "Women abducted while foraging near Arbinda",
    """Suspected jihadists abducted [[about 50 women|kidnapped;a=local residents]] who had left
    the blockaded town of Arbinda to gather leaves and wild fruit, local residents said on
    Sunday. [[Four|kidnapped]] managed to escape and walked back. Food has run so short in the
    town that women take the risk every day.""",
)

item(
    "Malnourished children fill Maiduguri feeding centre",
    """Doctors Without Borders admitted [[more than 1,250 children|injured;a=Doctors Without
    Borders]] with severe acute malnutrition to its inpatient feeding centre in Maiduguri in
    June alone, the charity said, and [[37|killed;n=-;a=the charity;alt=Doctors Without
    Borders]] died. Farmers have been unable to plant in fields beyond the trenches that ring
    Borno's garrison towns, where Islamic State West Africa Province fighters attack anyone who
    strays.""",
)

item(
    "WFP warns it will cut food aid in north-east Nigeria",
    """The World Food Programme said on Tuesday it would run out of money for food aid in
    north-east Nigeria by the end of July, leaving [[about 1.3 million
    people|aid;p;v=1300000;a=The World Food Programme]] without support. The agency said [[31
    million Nigerians|civilians;a=The agency;alt=The World Food Programme]] face acute hunger,
    the highest number ever recorded in the country.""",
)

item(
    "Up to 14 million Yemenis on brink of famine, UN warns",
    """[[As many as 14 million people|civilians;p;a=the UN humanitarian chief]], {{half}} of
    Yemen's population, could soon be facing pre-famine conditions, the UN humanitarian chief
    told the Security Council, as the Saudi-led coalition pressed its offensive on Hodeidah.
    The port handles {{about 70 percent}} of the country's imports.""",
)

item(
    "WFP pauses food distributions in Houthi-held north of Yemen",
    """The World Food Programme has paused general food distributions in Houthi-controlled
    northern Yemen, where it had been feeding [[about 9.5 million people|aid;v=9500000;a=The
    World Food Programme]], The World Food Programme said, citing a lack of funding and failed
    talks with the Houthis over reducing the caseload. The agency had asked to cut the number
    of recipients to [[6.5 million|aid;p;v=6500000;a=The agency;alt=The World Food
    Programme]].""",
)

item(
    "Haiti hunger reaches record as gangs displace hundreds of thousands",
    """[[Nearly 5.7 million Haitians|civilians;v=5700000;a=the IPC]], {{half}} the population,
    face acute food insecurity, the IPC said, and [[8,400 people|civilians;a=the IPC]] living
    in displacement sites in Port-au-Prince are in catastrophe. Gang violence has displaced
    [[more than 1 million people|displaced;a=the International Organization for Migration]]
    across the country, according to the International Organization for Migration.""",
)

item(
    "Syria's worst drought in decades cuts the wheat harvest",
    """Syria's wheat harvest is expected to reach only [[about 1.2 million
    tonnes|other;p;v=1200000;a=the Food and Agriculture Organization]] this year, the Food and
    Agriculture Organization said, down from [[4.1 million|other;v=4100000;u=other]] before the
    war, after the driest winter in {{six decades}}. [[About 3 million people|civilians;p;a=the
    agency;alt=the Food and Agriculture Organization]] could be pushed into severe hunger, the
    agency said, as returnees come back to farms stripped by {{14 years}} of fighting.""",
)

item(
    "Drought and fighting empty villages in Mali's Menaka",
    """[[Around 33,000 people|displaced;a=the UN]] have fled the Menaka region of eastern Mali
    since March, the UN said, as Islamic State fighters attacked villages and the rains failed
    for a {{second}} year. Many have crossed into Niger. Herders lost [[as many as 6,000 head
    of cattle|other;n=head of cattle;a=a local official]] to raids and thirst, a local official
    said.""",
)

item(
    "Mbera camp swells as Malians flee fighting and hunger",
    """The Mbera camp in south-eastern Mauritania now hosts [[more than 100,000 Malian
    refugees|displaced;a=UNHCR]], UNHCR said, after [[between 50,000 and 55,000|displaced;a=the
    agency;alt=UNHCR]] arrived in the past year, the agency said. The camp was built for [[no
    more than 60,000|capacity;n=-]]. New arrivals describe villages emptied by jihadist attacks
    and army raids, and fields left unplanted.""",
)

# ------------------------------------------------------------------ without figures

item(
    "Somalia's Gu rains forecast to fail again",
    """Forecasters expect the April-to-June Gu rains to be {{20 to 40 percent}} below average
    across southern Somalia, the {{sixth}} poor season since late {{2020}}. Sorghum prices in
    Baidoa have risen {{80 percent}} in {{12 months}}. A goat now buys {{half}} as much grain
    as in {{2019}}.""",
)

item(
    "Gaza flour prices hit record in north",
    """A {{25 kg}} sack of flour sold for up to {{$300}} in Gaza City markets on Monday,
    against {{$10}} before {{October 2023}}. Prices fell by {{half}} within {{two days}} when a
    convoy arrived, then rose again. Sugar cost {{100 shekels}} a kilo.""",
)

item(
    "Afghanistan's food aid funding falls by half",
    """Donors gave {{$1.2 billion}} for food aid in Afghanistan in {{2024}}, {{half}} the
    amount of {{2022}}, the World Food Programme said on {{15 January}}. Rations were cut to
    {{50 percent}} of the standard basket in {{May 2023}}, and the agency has run its operation
    on {{three-month}} budgets since.""",
)
