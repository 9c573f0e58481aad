"""dev21 texts: headline items (one sentence); live blogs.

Each F(title, marked text[, extra negatives]) registers one text with eval/figset as this
module is imported (marks: eval/figset/marks.py); build.py imports the modules in order.
"""

from figset import F

# ---------------------------------------------------------------- headline items (one sentence)

F(
    "Sudan: 30,000 flee Um Kadada in 48 hours",
    "[[About 30,000 people|displaced;a=IOM]] fled Um Kadada in North Darfur within {{48 hours}} after RSF fighters entered the town, IOM said.",
)

F(
    "Chad: another 1,000 waiting at Adré crossing",
    "[[More than 3,000 refugees|displaced;a=UNHCR]] crossed into Chad on Monday and [[another 1,000|displaced;a=UNHCR]] were waiting at the border near Adré, UNHCR said.",
)

F(
    "South Sudan: Malakal protection site at three times capacity",
    "The Malakal protection site, built for [[12,000 people|capacity;a=the UN mission]], now holds [[more than 37,000|displaced;a=the UN mission]], the UN mission said.",
)

F(
    "Myanmar: villagers flee air strikes in Kani township",
    "[[Some 15,000 villagers|displaced;a=local resistance groups]] have fled air strikes and an advancing army column in Sagaing's Kani township, local resistance groups said.",
)

F(
    "Uganda: 8,000 Congolese cross at Bunagana in one day",
    "[[About 8,000 Congolese|displaced;a=Ugandan officials]] crossed into Uganda at Bunagana on Wednesday, fleeing clashes just across the border, Ugandan officials said.",
)

F(
    "Lebanon: 400,000 children displaced in three weeks, UNICEF says",
    "[[More than 400,000 children|displaced;a=UNICEF]] have been displaced in Lebanon in {{three weeks}}, UNICEF said on Friday.",
)

F(
    "Gaza: 90,000 flee Rafah in one day",
    "[[Some 90,000 people|displaced;a=UNRWA]] fled Rafah on Thursday alone, UNRWA said, bringing the total since Monday to [[about 450,000|displaced;a=UNRWA]].",
)

F(
    "Ethiopia: Amhara clashes send villagers into Gondar",
    "[[Several thousand residents|displaced;a=witnesses]] of villages around Gondar have fled into the city after clashes between Fano militias and the army, witnesses said.",
)

F(
    "Mozambique: 1,200 flee Macomia attack",
    "[[More than 1,200 people|displaced;a=IOM]] fled Macomia town after insurgents stormed it on Friday, IOM said.",
)

F(
    "Somalia: families flee Hiraan fighting",
    "[[About 3,500 families|displaced;a=the regional administration]] have fled villages in Hiraan as government forces and clan militias fight al-Shabaab, the regional administration said.",
)

F(
    "Colombia: 700 displaced by dissident clashes in Cauca",
    "[[About 700 people|displaced;a=the mayor's office]] have been displaced by clashes between rival FARC dissident factions in Argelia, Cauca, the mayor's office said.",
)

F(
    "Afghanistan: 2,000 families return from Iran in a day",
    "[[More than 2,000 families|returned;a=the Taliban's refugee ministry]] came back from Iran through the Islam Qala crossing on Sunday, the Taliban's refugee ministry said.",
)

F(
    "Ghana: Burkinabè refugees in Upper East reach 7,000",
    "[[About 7,000 Burkinabè|displaced;a=Ghana's National Disaster Management Organisation]] have sought refuge in Ghana's Upper East region, Ghana's National Disaster Management Organisation said.",
)

F(
    "Haiti: thousands flee Kenscoff gang attacks",
    "[[More than 5,000 people|displaced;a=IOM]] fled Kenscoff, in the hills above Port-au-Prince, after {{a week}} of gang attacks, IOM said.",
)

F(
    "Syria: Sweida clashes displace 80,000",
    "[[Close to 80,000 people|displaced;a=IOM]] have been displaced by clashes between Druze fighters, Bedouin tribes and government forces in Sweida province, IOM said.",
)

F(
    "Ukraine: 1,200 evacuated from Kupiansk district this week",
    "[[About 1,200 people|displaced;a=regional authorities]], among them [[200 children|displaced;a=regional authorities]], were evacuated from the Kupiansk district this week, regional authorities said.",
)

F(
    "Niger: Malians flee Ménaka attacks",
    "[[More than 2,000 Malians|displaced;a=UNHCR]] have sought refuge in Niger's Tillabéri region after attacks around Ménaka, UNHCR said.",
)

F(
    "Philippines: 20,000 moved as Mayon volcano erupts",
    "[[More than 20,000 residents|displaced;a=provincial officials]] of the {{6 km}} danger zone around Mayon volcano have been moved to [[28 evacuation centres|capacity;a=provincial officials]], provincial officials said.",
)

F(
    "Nepal: floods kill 170, thousands of families in shelters",
    "Floods and landslides in Nepal have killed [[at least 170 people|killed;a=the home ministry]] and forced [[about 4,000 families|displaced;a=the home ministry]] into temporary shelters, the home ministry said.",
)

F(
    "Assam floods: 1.6 million affected, 200,000 in relief camps",
    "Floods in India's Assam state have affected [[more than 1.6 million people|civilians;a=the state disaster management authority]], and [[about 200,000|displaced;a=the state disaster management authority]] are living in [[612 relief camps|capacity;a=the state disaster management authority]], the state disaster management authority said.",
)

F(
    "Burundi: 9,000 Congolese moved from border to Musenyi",
    "Burundian authorities moved [[about 9,000 Congolese refugees|displaced;a=the interior ministry]] from the Rugombo stadium near the border to the Musenyi site on Saturday, the interior ministry said.",
)

F(
    "Yemen: families flee Hodeidah strikes",
    "[[Around 500 families|displaced;a=local officials]] have fled neighbourhoods near Hodeidah port since air strikes began on Sunday, local officials said.",
)

F(
    "Gaza: 1.7 million displaced as winter storms flood tents",
    "[[Tens of thousands of tents|housing;a=OCHA]] were flooded or blown away by winter storms across Gaza, where [[about 1.7 million people|displaced;a=OCHA]] are displaced, OCHA said.",
)

F(
    "Rohingya boat arrivals in Aceh top 1,500",
    "[[More than 1,500 Rohingya|displaced;a=UNHCR]] have landed in Aceh by boat since {{mid-November}}, UNHCR said, after {{weeks}} at sea from Bangladesh's camps.",
)

# ---------------------------------------------------------------- live blogs

F(
    "Lebanon live: strikes across the south, shelters fill",
    "{{07:15}} – Lebanon's disaster response unit says [[more than 26,000 people|displaced;a=Lebanon's disaster response unit]] are now in [[about 190 shelters|capacity;a=Lebanon's disaster response unit]] set up in schools. "
    "{{08:02}} – The Israeli military has issued evacuation warnings for [[25 villages|other;a=The Israeli military]] in south Lebanon, telling residents to move north of the Awali river. "
    "{{09:30}} – The health ministry says [[558 people|killed;a=The health ministry]] have been killed since Monday, including [[50 children|killed;a=The health ministry]].",
)

F(
    "Sudan live: army retakes Wad Madani",
    "{{10:20}} – Residents in Sennar tell us [[hundreds of families|returned;a=Residents in Sennar]] have already set off for Wad Madani by truck and donkey cart. "
    "{{11:45}} – The Sudanese Doctors Network says [[at least 13 people|killed;a=The Sudanese Doctors Network]] were killed in reprisals in villages east of the city. "
    "{{12:10}} – OCHA says it is preparing to move aid for [[up to 500,000 returnees|aid;p;a=OCHA]] into Gezira.",
)

F(
    "Goma live: camps emptied as rebels advance",
    "{{08:30}} – Aid workers in Goma say the Lushagala and Bulengo camps, which held [[about 150,000 people|displaced;a=Aid workers in Goma]], are almost empty this morning. "
    "{{09:10}} – The rebels have told displaced people to leave the camps within {{72 hours}} and go home. "
    "{{10:05}} – UNHCR says it has lost contact with [[several thousand|displaced;a=UNHCR]] who walked west toward Sake.",
)
