"""Cyclones, landslides, fires and heat among people a war has already uprooted: Mocha and
Yagi in Myanmar, Kenneth and Chido in Cabo Delgado, monsoon landslides and fires in the
Rohingya camps, camp fires in Somalia and Tigray, heat in Gaza, Mali and north-east Syria
(items with figures first, then three without)."""

from _wrap import item

item(
    "Cyclone Mocha kills scores in Rakhine's Rohingya camps",
    """Cyclone Mocha killed [[at least 145 people|killed;a=Myanmar's military government]] in
    Rakhine State, Myanmar's military government said on Friday, [[117 of
    them|killed;n=-;a=Myanmar's military government]] Rohingya living in displacement camps
    outside Sittwe. The camps, where [[about 120,000 Rohingya|displaced]] have been confined
    since communal violence in {{2012}}, sit on low ground {{a few hundred metres}} from the
    sea. Community leaders said [[several dozen more|missing;n=-;a=Community leaders]] were
    unaccounted for.""",
)

item(
    "Junta halts cyclone aid in Rakhine, UN says",
    """Myanmar's military has suspended the travel authorisations of aid groups in Rakhine
    State, the UN said on Thursday, halting a plan to reach [[1.1 million
    people|aid;p;v=1100000;a=the UN]] with food, water and shelter after Cyclone Mocha. [[Some
    1.6 million people|civilians;v=1600000]] in Rakhine and the north-west were in need before
    the storm. Fighting between the army and the Arakan Army had paused under an informal truce
    since {{November 2022}}.""",
)

item(
    "Bangladesh moves hundreds of thousands to shelters as Mocha nears",
    """Bangladesh evacuated [[about 750,000 people|displaced;a=officials]] from coastal
    districts to cyclone shelters before Mocha made landfall, officials said. In the Rohingya
    camps of Cox's Bazar, which were not evacuated, the storm damaged [[about 2,000
    shelters|housing;a=the refugee relief commissioner]], the refugee relief commissioner said.
    [[More than 3,000 volunteers|other]] had been trained to warn refugees with megaphones and
    flags.""",
)

item(
    "Typhoon Yagi floods kill hundreds in war-torn Myanmar",
    """Floods and landslides set off by Typhoon Yagi have killed [[at least 226
    people|killed;a=state media]] in Myanmar, state media reported on Monday, and
    [[77|missing;a=state media]] are missing. The junta made a rare appeal for foreign aid.
    Resistance groups said the real toll was higher in areas they control in Shan and Karenni
    states, where [[no fewer than 40 villages|other;a=Resistance groups]] were cut off.""",
)

item(
    "Floods sweep through Karenni camps already sheltering the war's displaced",
    """Floodwaters swept through [[15 displacement camps|housing;a=the Karenni Interim
    Executive Council]] in Karenni State over the weekend, the Karenni Interim Executive
    Council said, and [[13 people|killed;a=the Karenni Interim Executive Council]] drowned. The
    state's [[more than 200,000 displaced|displaced]] fled the fighting that began after the
    {{2021}} coup. Air strikes continued in the area during the floods, residents said.""",
)

item(
    "Cyclone Kenneth batters Cabo Delgado, already stalked by insurgents",
    """Cyclone Kenneth has killed [[38 people|killed;a=Mozambique's disaster agency]] in
    northern Mozambique, Mozambique's disaster agency said on Sunday, and destroyed [[more than
    35,000 houses|housing;a=Mozambique's disaster agency]], many of them on the island of Ibo
    and in Macomia and Quissanga. The same districts have been targeted since {{2017}} by
    Islamist insurgents, who killed [[seven people|killed]] in a raid on a Macomia village the
    week before the storm.""",
)

item(
    "Aid flights reach Ibo island after Kenneth",
    """Helicopters flew [[about 60 tonnes|aid;a=The World Food Programme]] of food to Ibo
    island and coastal Macomia in the first week after Cyclone Kenneth, The World Food
    Programme said. The agency said it planned to reach [[168,000 people|aid;p;a=The
    agency;alt=The World Food Programme]] in Cabo Delgado by June. Roads inland remained closed
    by floods and by fear of ambushes.""",
)

item(
    "Cyclone Chido flattens Pemba's districts of displaced families",
    """Cyclone Chido killed [[at least 94 people|killed;a=the National Institute for Disaster
    Risk Management]] in northern Mozambique, the National Institute for Disaster Risk
    Management said, and destroyed or damaged [[more than 155,000 houses|housing;a=the National
    Institute for Disaster Risk Management]]. Most were in Cabo Delgado, where many of the
    [[over 600,000 people|displaced]] uprooted by the insurgency had settled in flimsy homes on
    the edges of Pemba and Mecufi.""",
)

item(
    "Insurgents strike Macomia days after Chido",
    """Fighters linked to the Islamic State attacked a village in Macomia district on Thursday,
    {{four days}} after Cyclone Chido, killing [[four people|killed;a=local sources]] and
    burning [[about 50 homes|housing;a=local sources]], local sources told Lusa. In the Metuge
    displacement camps, [[some 500 families|displaced;a=camp leaders]] who lost their tents to
    the storm were sleeping in classrooms, camp leaders said.""",
)

item(
    "Monsoon landslides kill refugees in Cox's Bazar camps",
    """Landslides and flash floods after heavy monsoon rain killed [[at least six Rohingya
    refugees|killed;a=UNHCR]], among them [[three children|killed;a=UNHCR]], in the Cox's Bazar
    camps this week, UNHCR said. [[More than 21,000 refugees|civilians;a=the agency;alt=UNHCR]]
    have been affected and [[about 2,500 shelters|housing;a=the agency;alt=UNHCR]] damaged, the
    agency said. The camps received more than {{300 mm}} of rain in {{24 hours}}.""",
)

item(
    "Landslide buries shelters in two Rohingya camps",
    """A landslide after overnight rain killed [[10 people|killed;a=a police official]],
    [[eight of them|killed;n=-;a=a police official]] Rohingya refugees, in {{Camp 9}} and
    {{Camp 10}} at Ukhiya, a police official said on Wednesday. [[Two|missing]] were still
    missing. Rescuers dug through mud with spades because the hillside was too steep for
    machinery.""",
)

item(
    "Fire in Rohingya camp kills 15 and destroys 10,000 shelters",
    """A fire that swept through the Balukhali camp on Monday killed [[at least 15
    refugees|killed;a=UNHCR]], left [[more than 400|missing;a=UNHCR]] missing and destroyed
    [[about 10,000 shelters|housing;a=UNHCR]], UNHCR said. [[Some 45,000 people|displaced]]
    lost their homes. Barbed-wire fencing around the camp trapped people trying to escape,
    refugees said, and [[560 people|injured;a=Doctors Without Borders]] were treated for burns
    and injuries, according to Doctors Without Borders.""",
)

item(
    "Second big fire in a month guts Rohingya camp",
    """A fire in {{Camp 11}} at Balukhali on Sunday afternoon destroyed [[about 2,000
    shelters|housing;a=Bangladesh's refugee commissioner]] and left [[some 12,000
    refugees|displaced;a=Bangladesh's refugee commissioner]] without a roof, Bangladesh's
    refugee commissioner said. [[Thirty-five mosques and learning centres|housing;n=mosques and
    learning centres]] also burned. No deaths were reported.""",
)

item(
    "Bangladesh police hold two over Rohingya camp fire amid armed group feud",
    """Police in Cox's Bazar have arrested [[two men|arrested;a=a police spokesman]] on
    suspicion of setting the fire that destroyed [[more than 800 shelters|housing;a=a police
    spokesman]] in {{Camp 5}} on Sunday, a police spokesman said. The fire left [[about 7,000
    refugees|displaced]] homeless. Refugees said the blaze followed threats from one of the
    armed groups fighting for control of the camps, in which [[at least 60
    refugees|killed;a=Human Rights Watch]] were killed last year, according to Human Rights
    Watch.""",
)

item(
    "Fire sweeps through displacement camp in besieged Baidoa",
    """A fire fanned by strong winds destroyed [[more than 1,000 shelters|housing;a=the
    regional administration]] in a displacement camp on the outskirts of Baidoa on Tuesday, the
    regional administration said, and [[three children|killed]] died in the blaze. The camp was
    home to [[about 4,800 people|displaced]] who had fled drought and al-Shabaab taxation in
    the surrounding villages. Al-Shabaab has blockaded Baidoa's roads for years.""",
)

item(
    "Blaze destroys shelters at Tigray displacement site",
    """A fire at a displacement site in Shire, in Ethiopia's Tigray region, burned [[more than
    300 shelters|housing;a=the regional disaster office]], the regional disaster office said,
    leaving [[several hundred families|displaced]] without cover. Most of the people at the
    site fled western Tigray during the {{2020-2022}} war and have not been able to go
    home.""",
)

item(
    "Gaza's displaced swelter in tents as temperatures climb",
    """Temperatures above {{38C}} turned tents and plastic shelters in Mawasi into ovens this
    week, and doctors at Nasser hospital said they had treated [[dozens of
    children|injured;a=doctors at Nasser hospital]] for dehydration and heatstroke. [[About 1.7
    million people|displaced;v=1700000;a=UNRWA]] now live in the so-called humanitarian zone,
    according to UNRWA. An Israeli strike on a tent camp near Khan Younis on Tuesday killed
    [[at least eight people|killed;a=the health ministry]], the health ministry said.""",
)

item(
    "Water trucks fall short as Gaza heatwave bites",
    """Only [[83 water trucks|aid;a=UNICEF]] entered Gaza last week, UNICEF said, as a heatwave
    drove up demand. The agency said [[some 600,000 children|civilians;a=The
    agency;alt=UNICEF]] were drinking less than {{three litres}} a day. [[Two
    children|killed;a=the Government Media Office]] died of heat-related illness in Deir
    al-Balah, according to the Government Media Office.""",
)

item(
    "Bamako hospital records over 100 deaths in heatwave",
    """The Gabriel Toure hospital in Bamako recorded [[102 deaths|killed;a=the hospital]] in
    the first {{four days}} of April, against [[130|killed;n=-;a=the hospital]] in the whole of
    April last year, the hospital said, as temperatures reached {{48.5C}} in Kayes. Power cuts,
    blamed on the state power company's debts and on jihadist attacks on fuel convoys, have
    left fans and air conditioners idle for up to {{12 hours}} a day.""",
)

item(
    "Heatwave and water cuts hit north-east Syria's camps",
    """The Alouk water station, damaged in Turkish strikes, has been out of service for most of
    the summer, leaving [[about 460,000 people|civilians;a=UNICEF]] in and around Hasakah
    without piped water during a heatwave, UNICEF said. In Washokani camp, [[two
    children|killed]] died of heatstroke in July. Humanitarian groups are trucking water to
    [[17 camps and informal settlements|capacity;u=structure;n=camps and informal
    settlements]].""",
)

item(
    "Heatstroke cases surge in Sudanese refugee camps in eastern Chad",
    """Clinics in the Adre transit camp treated [[more than 300 people|injured;a=Doctors
    Without Borders]] for heat exhaustion in the first half of May, Doctors Without Borders
    said, as afternoon temperatures passed {{45C}}. [[Nine people|killed;a=the
    group;alt=Doctors Without Borders]], most of them elderly, died, the group said. Adre
    shelters [[over 200,000 refugees|displaced]] from Darfur.""",
)

# ------------------------------------------------------------------ without figures

item(
    "Cyclone Mocha strengthens to the top category",
    """Cyclone Mocha strengthened to the equivalent of a {{Category 5}} storm over the Bay of
    Bengal on Sunday, with sustained winds of {{250 km/h}}, the Joint Typhoon Warning Center
    said. Forecasters warned of a storm surge of up to {{3.5 metres}} near Sittwe. It was
    expected to make landfall between {{noon and 3pm}} local time.""",
)

item(
    "Rohingya camps record more fires as lanes stay too narrow",
    """Fires in the Rohingya camps rose by {{40 percent}} in {{2022}} compared with {{2021}},
    and investigators classed {{more than half}} as arson, a Bangladeshi government report
    found. Fire engines could not enter {{two thirds}} of the camp area because lanes were
    narrower than {{two metres}}. The camps cover about {{26 square kilometres}} near
    Ukhiya.""",
)

item(
    "Gaza heat to peak at 41C, forecasters say",
    """Temperatures in the Gaza Strip were forecast to peak at {{41C}} on Wednesday, {{8C}}
    above the seasonal average, the Palestinian Meteorological Department said. The heatwave
    was expected to last until {{Saturday 22 June}}, the {{third}} this summer.""",
)
