"""dev13 texts: Israel and Gaza; Lebanon; Iran and Israel.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- Israel and Gaza
    (
        "Israel: Hamas-led attack kills about 1,200, hundreds taken to Gaza",
        "[[About 1,200 people|killed;a=Israeli officials]] were killed in the Hamas-led attack on southern Israel on {{October 7}}, Israeli officials said, most of them civilians. "
        "[[251 people|kidnapped]] were taken to Gaza as hostages, among them [[about 30 children|kidnapped]]. "
        "Israel called up [[300,000 reservists|combatants;a=The military]] within {{48 hours}}, The military said.",
    ),
    (
        "Gaza: first hostages freed under truce as prisoners released",
        "Hamas freed [[24 hostages|kidnapped;a=Qatar's foreign ministry]] on Friday, [[13 Israelis|kidnapped;a=Qatar's foreign ministry]] and [[11 foreign nationals|kidnapped;a=Qatar's foreign ministry]], Qatar's foreign ministry said, on the first day of a {{four-day}} truce. "
        "Israel released [[39 Palestinian prisoners|other;a=Israel's prison service]], all women and minors, from the Ofer and Damon jails, according to Israel's prison service. "
        "[[About 200 aid trucks|aid]] entered Gaza through Rafah.",
    ),
    (
        "Hostage forum: 59 still held in Gaza, fewer than half believed alive",
        "[[Fifty-nine hostages|kidnapped;a=The Hostages and Missing Families Forum]] remain in Gaza, The Hostages and Missing Families Forum said, of whom Israeli officials believe [[up to 24|kidnapped;a=Israeli officials]] are still alive. "
        "The bodies of [[four hostages|killed]] were handed over on Thursday in exchange for [[more than 600 Palestinian prisoners|other]] and detainees.",
    ),
    (
        "Gaza health ministry: death toll passes 40,000",
        "The number of Palestinians killed in Gaza since the war began has risen to [[40,005|killed;a=Gaza's Health Ministry]], Gaza's Health Ministry said on Thursday, with [[92,401|injured;a=Gaza's Health Ministry]] wounded. "
        "The ministry does not distinguish between civilians and fighters, but says [[about 16,500 of the dead|killed;n=dead;a=The ministry;alt=Gaza's Health Ministry]] were children. "
        "Israel says it has killed [[more than 17,000 militants|killed;a=Israel]].",
    ),
    (
        "Gaza: thousands believed buried under rubble",
        "[[About 10,000 people|missing;a=the Palestinian Civil Defence]] are believed to be buried under the rubble of destroyed buildings in Gaza, the Palestinian Civil Defence said. "
        "Its teams have only [[a dozen working bulldozers|other;u=other;a=the Palestinian Civil Defence]] left, it said, and [[83 of its members|killed;a=the Palestinian Civil Defence]] have been killed since {{October 2023}}.",
    ),
    (
        "UN: 1.9 million people displaced across Gaza",
        "[[Up to 1.9 million people|displaced;a=the UN agency for Palestinian refugees]], or about {{90 percent}} of Gaza's population, have been displaced, many of them repeatedly, according to the UN agency for Palestinian refugees. "
        "[[Nearly 1.4 million|displaced;a=UNRWA]] are crammed into Rafah, UNRWA said, and [[more than 150 UNRWA installations|capacity;u=structure;n=installations;a=UNRWA]] now shelter families.",
    ),
    (
        "Rafah: Israel orders evacuation of eastern neighbourhoods",
        "The Israeli military ordered [[about 100,000 people|displaced;p;a=The Israeli military]] to leave eastern Rafah on Monday and move to an expanded humanitarian zone in al-Mawasi, The Israeli military said. "
        "By the end of the week [[around 450,000|displaced;a=UNRWA]] had fled the city, UNRWA said. "
        "Israeli strikes overnight killed [[at least 20 Palestinians|killed;a=hospital officials]] in the area, according to hospital officials.",
    ),
    (
        "Northern Gaza: hundreds of thousands stream home after ceasefire",
        "[[More than 300,000 Palestinians|returned;a=Gaza's government media office]] crossed the Netzarim corridor on foot and by car on the first day it opened, Gaza's government media office said. "
        "[[Another 200,000|returned;p;a=the office;alt=Gaza's government media office]] were expected to follow within days, the office added. "
        "The UN says about {{92 percent}} of housing units in the Strip have been damaged or destroyed.",
    ),
    (
        "Nuseirat raid frees four hostages; Gaza officials say 274 killed",
        "Israeli special forces rescued [[four hostages|kidnapped;a=the Israeli military]] from [[two apartments|other]] in the Nuseirat refugee camp on Saturday, the Israeli military said. "
        "Gaza's Health Ministry said [[274 Palestinians|killed;a=Gaza's Health Ministry]] were killed and [[698|injured;a=Gaza's Health Ministry]] wounded in the operation and the airstrikes that covered it. "
        "[[One Israeli officer|killed]] died of his wounds.",
    ),
    (
        "Gaza aid convoy: dozens killed in crush and gunfire near Gaza City",
        "[[More than 100 Palestinians|killed;a=Gaza health officials]] were killed and [[about 760|injured;a=Gaza health officials]] injured as crowds surged around an aid convoy on al-Rashid Street, Gaza health officials said, accusing Israeli troops of opening fire. "
        "The Israeli military said most of the victims died in a stampede or were run over by the [[30 trucks|aid]] carrying flour.",
    ),
    (
        "World Central Kitchen halts Gaza work after strike kills seven staff",
        "An Israeli strike killed [[seven World Central Kitchen workers|killed;a=the charity;alt=World Central Kitchen]], including [[three British security contractors|killed;a=the charity;alt=World Central Kitchen]], as they travelled in [[three marked cars|other;a=the charity;alt=World Central Kitchen]] in Deir al-Balah, the charity said. "
        "The group had just unloaded [[more than 100 tonnes|aid]] of food brought by sea from Cyprus.",
    ),
    (
        "UNRWA says staff death toll in Gaza is highest in UN history",
        "[[At least 258 UNRWA staff members|killed;a=UNRWA]] have been killed in Gaza, UNRWA said in its latest situation report, and [[more than 190 of its installations|housing;u=structure;n=installations;a=UNRWA]] have been damaged. "
        "[[About 500 people|killed;a=the agency;alt=UNRWA]] were killed while sheltering in UN buildings, the agency said.",
    ),
    (
        "Kerem Shalom: aid trucks piling up on Gaza side",
        "[[More than 1,000 truckloads|aid;u=other;a=COGAT]] of aid were waiting to be collected on the Gaza side of the Kerem Shalom crossing, according to COGAT, the Israeli body that oversees crossings. "
        "The UN said that only [[69 trucks|aid;a=The UN]] had entered on Tuesday, against [[500 a day|aid;n=-;u=other;a=The UN]] before the war.",
    ),
    (
        "Gaza airdrops: Jordan, Egypt and US drop food over north",
        "Jordanian, Egyptian and US aircraft dropped [[38,000 meals|aid;a=the US military]] over northern Gaza on Saturday in [[66 bundles|aid;a=the US military]], the US military said. "
        "[[Five people|killed;a=witnesses]] were killed when a parachute failed and a pallet fell on them, witnesses told Reuters.",
    ),
    (
        "Al-Shifa: premature babies evacuated to Egypt",
        "[[Twenty-eight premature babies|displaced;a=the World Health Organization]] were evacuated from al-Shifa hospital to Egypt, the World Health Organization said, after [[eight babies|killed;a=the World Health Organization]] died when their incubators lost power. "
        "[[About 250 patients|civilians;a=the WHO]] and [[20 medical staff|civilians;a=the WHO]] remain at the hospital, the WHO said.",
    ),
    (
        "Israeli army: two more soldiers killed in northern Gaza",
        "[[Two soldiers|killed;a=the military]] from the {{401st}} Armoured Brigade were killed in northern Gaza on Wednesday, the military said, raising the number of soldiers killed since the start of the ground operation to [[405|killed;a=the military]]. "
        "[[Three more|injured;n=-;a=the military]] were seriously wounded when an explosive device hit their {{Merkava 4}} tank, it said.",
    ),
    (
        "Rockets fired from Gaza at Tel Aviv; Iron Dome intercepts most",
        "Palestinian Islamic Jihad fired [[about 130 rockets|other;a=the Israeli military]] from Gaza on Tuesday, the Israeli military said, [[104 of which|other;n=-;u=other;a=the Israeli military]] crossed into Israel. "
        "Air defences intercepted about {{90%}} of those heading for populated areas. "
        "[[Two people|injured]] were lightly hurt while running to shelters in Ashkelon, the Magen David Adom rescue service said.",
    ),
    (
        "Israel says it struck 150 underground targets in northern Gaza",
        "Israeli fighter jets struck [[150 underground targets|other;a=the military]] in northern Gaza overnight, including tunnels and combat spaces, the military said on Saturday. "
        "It said several Hamas commanders were among the dead.",
    ),
    (
        "Gaza: displaced families in Mawasi short of tents",
        "[[Around 500,000 people|displaced;a=aid groups]] are living in the coastal al-Mawasi area, aid groups said, where there is roughly one latrine for every {{500 people}}. "
        "The Norwegian Refugee Council said it had distributed [[1,400 tents|aid;a=The Norwegian Refugee Council]] in a month, but [[at least 120,000 more|aid;p;n=-;u=other;a=The Norwegian Refugee Council]] were needed.",
    ),
    (
        "Israel recovers bodies of six hostages from tunnel in Rafah",
        "Israeli troops recovered the bodies of [[six hostages|killed;a=the military]] from a tunnel in Rafah, the military said on Sunday, saying they had been shot shortly before soldiers reached them. "
        "Their deaths mean [[97 hostages|kidnapped]] are still held in Gaza, [[at least 33 of them|killed;n=-;a=Israeli authorities]] declared dead by Israeli authorities.",
    ),
    (
        "Hostage deal: three Israeli women freed as Israel releases 90 prisoners",
        "[[Three Israeli women|kidnapped;a=the Red Cross]] held in Gaza for more than {{15 months}} were handed over to the Red Cross on Sunday, the first hostages freed under the ceasefire, the Red Cross said. "
        "Hours later Israel freed [[90 Palestinian prisoners|other;a=Israel's prison service]], most of them women and teenagers, Israel's prison service said. "
        "Under the {{42-day}} first phase, [[33 hostages|kidnapped;p]] are to be released in return for [[about 1,900 Palestinians|other;p]].",
    ),
    (
        "Gaza polio campaign reaches children despite strikes",
        "Health workers vaccinated [[more than 560,000 children|aid;a=the WHO]] under the age of {{10}} in the first round of the polio campaign in Gaza, the WHO said, during pauses of {{eight hours}} a day. "
        "The agency aims to reach [[640,000|aid;p;a=The agency;alt=the WHO]] in the second round, it said.",
        ["eight hours"],
    ),
    (
        "West Bank: Israeli raid on Jenin camp kills 12",
        "An Israeli raid on the Jenin refugee camp involving drones and [[about 1,000 soldiers|combatants;a=Palestinian officials]] killed [[12 Palestinians|killed;a=Palestinian officials]] and wounded [[more than 100|injured;a=Palestinian officials]], Palestinian officials said. "
        "[[About 3,000 residents|displaced;a=the Palestinian Red Crescent]] left the camp during the {{two-day}} operation, the Palestinian Red Crescent said, and [[one Israeli soldier|killed]] was killed.",
    ),
    (
        "West Bank: tens of thousands displaced from northern camps",
        "[[About 40,000 Palestinians|displaced;a=UNRWA]] have been forced from the Jenin, Tulkarem and Nur Shams camps since the Israeli operation began in {{January 2025}}, UNRWA said, the largest displacement in the West Bank since {{1967}}. "
        "The army said it would keep troops in the camps for the coming year and had demolished [[dozens of buildings|housing;a=The army]] to widen roads.",
    ),
    (
        "Settler attack on village in central West Bank",
        "Israeli settlers attacked the village of Turmus Ayya on Wednesday, setting fire to [[30 homes|housing;a=the village council]] and [[60 cars|other;a=the village council]], the village council said. "
        "[[One Palestinian|killed]] was shot dead and [[12|injured]] were wounded. "
        "Israeli police said [[four suspects|arrested;a=Israeli police]] had been detained.",
    ),
    # ---------------------------------------------------------------- Lebanon
    (
        "Lebanon: pager explosions kill 12, wound thousands",
        "Pagers used by Hezbollah members exploded simultaneously across Lebanon on Tuesday, killing [[12 people|killed;a=Lebanon's health minister]], among them [[two children|killed;a=Lebanon's health minister]], and wounding [[about 2,800|injured;a=Lebanon's health minister]], Lebanon's health minister said. "
        "[[More than 300 of the wounded|injured;n=wounded]] were in critical condition. "
        "The devices were part of a batch of [[5,000 pagers|other;a=sources]] imported months earlier, sources told Reuters.",
    ),
    (
        "Lebanon: Israeli strikes kill 492 in deadliest day since 2006",
        "Israeli airstrikes on southern and eastern Lebanon on Monday killed [[492 people|killed;a=the health ministry]], including [[35 children|killed;a=the health ministry]] and [[58 women|killed;a=the health ministry]], and wounded [[1,645|injured;a=the health ministry]], the health ministry said. "
        "It was the deadliest day in Lebanon since the {{2006}} war. "
        "The Israeli military said it had hit [[about 1,600 Hezbollah targets|other;a=The Israeli military]].",
    ),
    (
        "Lebanon: over a million displaced as shelters fill up",
        "[[More than 1.2 million people|displaced;a=Prime Minister Najib Mikati]] have been displaced by Israeli strikes, Prime Minister Najib Mikati said, in what he called the largest displacement in Lebanon's history. "
        "[[About 190,000|displaced;a=the government]] are sleeping in [[973 collective shelters|capacity;a=the government]], most of them schools, according to the government. "
        "[[Over 300,000|displaced;a=Syrian authorities]] have crossed into Syria, Syrian authorities said.",
    ),
    (
        "Lebanon: displaced start to return south as ceasefire holds",
        "[[Tens of thousands of displaced Lebanese|returned]] headed back to the south on Wednesday as a ceasefire between Israel and Hezbollah took effect at {{4 a.m.}} "
        "The Israeli military warned residents not to return to [[more than 60 villages|other;a=The Israeli military]] close to the border. "
        "[[About 900,000 people|returned;a=the IOM]] had gone home within a month, the IOM said.",
    ),
    (
        "Hezbollah fires rockets at northern Israel, Israel strikes back",
        "Hezbollah said it fired [[more than 200 rockets|other;a=Hezbollah]] and a swarm of drones at military positions in northern Israel on Thursday in response to the killing of a senior commander. "
        "Israel's Magen David Adom said [[one person|killed;a=Israel's Magen David Adom]] was killed in Kiryat Shmona. "
        "[[Tens of thousands of Israelis|displaced]] have been evacuated from the north since {{October 2023}}.",
    ),
    (
        "UNIFIL: peacekeepers wounded as Israeli tank fires on base",
        "[[Two peacekeepers|injured;a=UNIFIL]] were injured when an Israeli tank fired at a watchtower at the mission's headquarters in Naqoura, UNIFIL said. "
        "The force, which has [[about 10,000 troops|combatants;a=The force]] from [[50 countries|other;u=other;a=The force]], said it would not withdraw from its positions along the Blue Line.",
    ),
    (
        "Beirut: strike on building in Dahiyeh kills senior commander",
        "An Israeli strike on a residential building in Beirut's southern suburbs killed [[at least 31 people|killed;a=Lebanon's health ministry]], among them [[three children|killed;a=Lebanon's health ministry]] and [[seven women|killed;a=Lebanon's health ministry]], Lebanon's health ministry said. "
        "Israel said the strike had killed a senior commander of Hezbollah's Radwan force and [[about 10 other commanders|killed;a=Israel]]. "
        "[[68 people|injured]] were wounded.",
    ),
    # ---------------------------------------------------------------- Iran and Israel
    (
        "Iran launches drones and missiles at Israel in first direct attack",
        "Iran launched [[more than 300 drones and missiles|other;n=drones and missiles;a=the Israeli military]] at Israel overnight, including [[about 170 drones|other;a=the Israeli military]], [[over 30 cruise missiles|other;a=the Israeli military]] and [[more than 120 ballistic missiles|other;a=the Israeli military]], the Israeli military said. "
        "It said {{99 percent}} of them were intercepted. "
        "A {{7-year-old}} girl was seriously hurt by shrapnel in the Negev.",
    ),
    (
        "Israel strikes Iranian nuclear and military sites",
        "Israel struck Iran's nuclear facilities and military commanders with [[about 200 fighter jets|other;a=the Israeli military]] on Friday, the Israeli military said. "
        "Iranian state media said [[at least 78 people|killed;a=Iranian state media]] had been killed and [[more than 320|injured;a=Iranian state media]] wounded, many of them in residential buildings in Tehran. "
        "Iran responded with [[about 100 drones|other]].",
    ),
    (
        "Israel: Iranian missiles hit Bat Yam, Rehovot",
        "Iranian ballistic missiles struck residential areas in central Israel overnight, killing [[six people|killed;a=Magen David Adom]], including [[two children|killed;a=Magen David Adom]], and wounding [[about 200|injured;a=Magen David Adom]], Magen David Adom said. "
        "In Bat Yam, [[61 buildings|housing;a=the municipality]] were damaged, according to the municipality, and [[hundreds of residents|displaced;a=the municipality]] were moved to hotels.",
    ),
    (
        "Iran: Kerman bombing at Soleimani memorial kills 95",
        "[[Two explosions|other]] near the tomb of Qassem Soleimani in Kerman killed [[95 people|killed;a=Iran's interior minister]] and wounded [[211|injured;a=Iran's interior minister]], Iran's interior minister said, revising an earlier toll of [[103|killed;a=Iran's interior minister]]. "
        "Islamic State claimed the attack and said [[two of its members|combatants;a=Islamic State]] had detonated suicide belts.",
    ),
    (
        "Iran: rights group says hundreds killed in protests",
        "Iranian security forces have killed [[at least 448 people|killed;a=the Oslo-based group Iran Human Rights]] in the protests sparked by the death in custody of a {{22-year-old}} woman, including [[60 children|killed;a=the Oslo-based group Iran Human Rights]], according to the Oslo-based group Iran Human Rights. "
        "[[About 18,000 people|arrested;a=activists]] have been arrested, activists said, and [[two protesters|other;a=activists]] have been sentenced to death.",
    ),
    (
        "Ukrainian airliner shot down near Tehran with 176 on board",
        "Ukraine International Airlines flight {{PS752}} crashed shortly after take-off from Tehran, killing [[all 176 people|killed;a=officials]] on board, officials said. "
        "[[Eighty-two|killed]] were Iranian and [[63|killed]] Canadian. "
        "Iran later admitted its air defences had fired [[two missiles|other]] at the {{Boeing 737}}.",
    ),
]
