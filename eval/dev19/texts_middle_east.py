"""dev19 texts: Syria; Iraq; Yemen; Lebanon, Gaza, West Bank; Iran, Turkey.

TEXTS = [(title, marked text[, extra negatives]), ...]
"""

TEXTS = [
    # ---------------------------------------------------------------- Syria
    (
        "Syrian coast: Observatory documents killing of 1,383 civilians",
        "The Syrian Observatory for Human Rights documented the killing of [[1,383 civilians|killed;a=The Syrian Observatory for Human Rights]], most of them Alawites, in the coastal provinces of Latakia and Tartus since {{6 March}}. "
        "[[More than 230 members|killed;a=the Observatory;alt=The Syrian Observatory for Human Rights]] of the security forces and [[about 250 gunmen|killed;a=the Observatory;alt=The Syrian Observatory for Human Rights]] loyal to the former regime also died, the Observatory said. "
        "[[Some 9,000 Syrians|displaced;a=the UNHCR representative in Lebanon]] crossed into northern Lebanon, according to the UNHCR representative in Lebanon.",
    ),
    (
        "Sweida: fighting between Druze factions and Bedouin tribes displaces 128,000",
        "[[More than 128,000 people|displaced;a=the International Organization for Migration]] have been displaced by the clashes in Sweida province, the International Organization for Migration said. "
        "The Syrian Network for Human Rights put the toll at [[at least 814 dead|killed;a=The Syrian Network for Human Rights]], among them [[34 women|killed;a=The Syrian Network for Human Rights]] and [[20 children|killed;a=The Syrian Network for Human Rights]]. "
        "A convoy of [[32 trucks|aid]] of the Syrian Arab Red Crescent entered the city on {{Sunday}}.",
    ),
    (
        "UNHCR: over 500,000 Syrians have returned from abroad since the fall of Assad",
        "[[More than 500,000 Syrians|returned;a=UNHCR]] have returned from neighbouring countries since {{8 December}}, UNHCR said, and [[over 1.2 million|returned;a=UNHCR]] internally displaced persons went back to their areas of origin. "
        "The agency expects [[up to 1.5 million|returned;p;a=The agency;alt=UNHCR]] refugees to return by the end of the year.",
    ),
    (
        "Al-Hol camp: 40,000 people remain, SDF administration says",
        "[[About 40,000 people|displaced;a=the camp administration]], most of them women and children, remain in the Al-Hol camp, the camp administration said, in a camp built for [[some 10,000|capacity;a=the camp administration]]. "
        "Iraq repatriated [[another 150 families|returned]] from the camp this week.",
    ),
    (
        "Manbij: car bomb kills 20, among them 18 women farm workers",
        "A car bomb exploded next to a vehicle carrying agricultural workers on the outskirts of Manbij, killing [[20 people|killed;a=the Syrian civil defence;alt=the White Helmets]], [[18 of them|killed;n=-;a=the Syrian civil defence;alt=the White Helmets]] women, the Syrian civil defence, known as the White Helmets, said. "
        "[[Fifteen other women|injured;a=the group;alt=the Syrian civil defence;alt=the White Helmets]] were injured, the group said.",
    ),
    (
        "Syria: unexploded ordnance killed 144 since December, Halo Trust says",
        "[[At least 144 people|killed;a=the demining organisation Halo Trust;alt=Halo Trust]], including [[48 children|killed;a=the demining organisation Halo Trust;alt=Halo Trust]], have been killed by landmines and unexploded ordnance in Syria since {{December}}, according to the demining organisation Halo Trust. "
        "Its teams cleared [[more than 2,000 items|other]] in Idlib and Hama provinces.",
    ),
    # ---------------------------------------------------------------- Iraq
    (
        "Sinjar: 1,250 families return from Duhok camps in one week",
        "The Ministry of Migration and Displaced said [[1,250 families|returned;a=The Ministry of Migration and Displaced]] returned from the camps of Duhok governorate to Sinjar district during the past week. "
        "[[Fourteen camps|capacity]] in Duhok still host [[some 110,000 IDPs|displaced]].",
    ),
    (
        "Kirkuk: four soldiers killed in ISIS attack, Security Media Cell says",
        "[[Four soldiers|killed;a=the Security Media Cell]], including [[two officers|killed;a=the Security Media Cell]], were killed when ISIS elements attacked an army post in the Wadi al-Shay area south of Kirkuk, the Security Media Cell said in a statement. "
        "[[Three others|injured;n=-;a=the statement;alt=the Security Media Cell]] were wounded, the statement added. "
        "Iraqi officials estimate that ISIS has [[no more than 400 fighters|combatants;a=Iraqi officials]] left in the area between Kirkuk, Salahuddin and Diyala.",
    ),
    (
        "Counter-Terrorism Service announces arrest of 13 terrorists in Anbar",
        "The Counter-Terrorism Service announced the arrest of [[13 terrorists|arrested;a=The Counter-Terrorism Service]] in an airdropped operation in the Anbar desert. "
        "The service also destroyed [[four hideouts|other;u=structure]] and seized [[seven explosive belts|other;u=other]].",
    ),
    (
        "Sulaymaniyah: Turkish drone kills four PKK members",
        "[[Four PKK members|killed;a=the Kurdistan Region's counter-terrorism service]] were killed when a Turkish drone struck their vehicle near Sulaymaniyah airport, the Kurdistan Region's counter-terrorism service said. "
        "The Turkish Defence Ministry said its forces neutralised [[25 terrorists|killed;a=The Turkish Defence Ministry]] in northern Iraq and Syria in the past week.",
    ),
    (
        "Iraq brings home 150 families from Syria's Al-Hol",
        "[[Some 150 Iraqi families|returned;a=the Ministry of Migration]] arrived at the {{Jeddah 5}} rehabilitation centre near Mosul from the Al-Hol camp, the Ministry of Migration said. "
        "[[More than 2,600 families|returned;a=the ministry;alt=the Ministry of Migration]] have been returned since {{2021}}, the ministry said.",
    ),
    # ---------------------------------------------------------------- Yemen
    (
        "Houthis detain 13 UN staff in Sanaa, Guterres says",
        "The Houthis detained [[13 UN staff|arrested;a=UN Secretary-General António Guterres;alt=António Guterres]] in Sanaa on {{Friday}}, UN Secretary-General António Guterres said, bringing to [[59|arrested;a=UN Secretary-General António Guterres;alt=António Guterres]] the number of UN personnel arbitrarily held. "
        "He demanded their immediate release.",
    ),
    (
        "Marib: 1,230 families displaced from Sirwah front since January",
        "[[1,230 families|displaced;a=the Executive Unit for IDP Camps]] have been displaced to Marib city from the Sirwah front since {{January}}, the Executive Unit for IDP Camps said. "
        "Marib governorate hosts [[197 camps|capacity]] and [[some 2.2 million|displaced]] displaced persons. "
        "{{Sixty percent}} of the camps have no latrines.",
    ),
    (
        "Ras Isa port: US strikes kill 80, Houthi-run ministry says",
        "[[At least 80 people|killed;a=the Houthi-run health ministry]] were killed and [[150|injured;a=the Houthi-run health ministry]] injured in US strikes on the Ras Isa fuel port, the Houthi-run health ministry said. "
        "The US Central Command said the strikes aimed to cut the group's fuel supply.",
    ),
    (
        "Taiz: Houthi shelling kills three children in residential district",
        "Houthi shelling on the Al-Rawdah neighbourhood of Taiz killed [[three children|killed;a=the Taiz governorate health office]] and injured [[five|injured;a=the Taiz governorate health office]], among them a {{seven-year-old}} girl, the Taiz governorate health office said. "
        "The city has been under siege since {{2015}}.",
    ),
    (
        "Abyan: migrant boat capsizes, 68 dead and 74 missing",
        "[[Sixty-eight migrants|killed;a=IOM]] died and [[74|missing;a=IOM]] are missing after a boat carrying [[154 Ethiopians|other;a=IOM]] capsized off the coast of Abyan, IOM said. "
        "[[Twelve|other]] survived and were taken to Khanfar.",
    ),
    # ---------------------------------------------------------------- Lebanon, Gaza, West Bank
    (
        "Lebanon: pager explosions kill 12, wound about 2,800",
        "Health Minister Firass Abiad said [[12 people|killed;a=Health Minister Firass Abiad;alt=Firass Abiad]] were killed, [[two children|killed;a=Health Minister Firass Abiad;alt=Firass Abiad]] among them, and [[about 2,800|injured;a=Health Minister Firass Abiad;alt=Firass Abiad]] were wounded when pagers exploded across Lebanon. "
        "[[Some 300|injured;a=Health Minister Firass Abiad;alt=Firass Abiad]] are in critical condition, he said.",
    ),
    (
        "Lebanon General Security: 595,000 crossed to Syria during the war",
        "Since {{23 September}}, [[about 425,000 Syrians|returned;a=the Lebanese General Security]] returned to Syria and [[170,000 Lebanese|displaced;a=the Lebanese General Security]] crossed the border fleeing the Israeli strikes, according to the Lebanese General Security. "
        "Inside Lebanon, [[more than 900,000 persons|displaced]] are displaced, [[about 190,000|displaced]] of them in [[1,000 shelters|capacity]].",
    ),
    (
        "Khan Younis: strikes on tents kill 45, civil defence says",
        "[[At least 45 Palestinians|killed;a=civil defence spokesman Mahmoud Basal;alt=Mahmoud Basal]] were killed and [[more than 60|injured;a=civil defence spokesman Mahmoud Basal;alt=Mahmoud Basal]] injured in Israeli strikes on tents in the Mawasi area of Khan Younis, civil defence spokesman Mahmoud Basal said. "
        "[[About 20 tents|housing]] burned.",
    ),
    (
        "Gaza: COGAT says 183 aid trucks entered, UN counts 91",
        "COGAT said [[183 trucks|aid;a=COGAT]] of humanitarian aid entered Gaza on {{Sunday}}, while the UN counted [[only 91|aid;u=other;a=the UN]]. "
        "The UN says [[500 to 600 trucks a day|aid;p;a=The UN]] are needed to cover basic needs.",
    ),
    (
        "Jenin: Israeli operation displaces 20,000 from camp",
        "[[About 20,000 residents|displaced;a=UNRWA]] of the Jenin refugee camp have been displaced since the start of the Israeli operation, UNRWA said. "
        "The Palestinian Health Ministry said [[at least 12 Palestinians|killed;a=The Palestinian Health Ministry]] were killed. "
        "The Israeli army said it arrested [[more than 30 wanted persons|arrested;a=The Israeli army]] and dismantled [[dozens of explosive devices|other;a=The Israeli army]].",
    ),
    (
        "Turmusaya: settlers burn houses and cars",
        "Settlers set fire to [[six houses|housing;a=the Colonization and Wall Resistance Commission]] and [[11 cars|other;a=the Colonization and Wall Resistance Commission]] in Turmusaya, north of Ramallah, the Colonization and Wall Resistance Commission said. "
        "[[Two Palestinians|injured]] were hurt by stones and taken to hospital in Ramallah.",
    ),
    # ---------------------------------------------------------------- Iran, Turkey
    (
        "Hengaw: Iran executed at least 975 people in 2024",
        "The Kurdish rights group Hengaw said Iran executed [[at least 975 people|killed;a=The Kurdish rights group Hengaw;alt=Hengaw]] in {{2024}}, among them [[31 women|killed;a=The Kurdish rights group Hengaw;alt=Hengaw]], the highest number in nearly {{three decades}}.",
    ),
    (
        "Kerman bombings: toll revised to 95 dead, 284 injured",
        "Interior Minister Ahmad Vahidi said [[95 people|killed;a=Interior Minister Ahmad Vahidi;alt=Ahmad Vahidi]] were killed and [[284|injured;a=Interior Minister Ahmad Vahidi;alt=Ahmad Vahidi]] injured in the twin blasts near the tomb of Qasem Soleimani on the {{fourth}} anniversary of his death. "
        "The toll had earlier been given as [[103|killed]].",
    ),
    (
        "Ankara: attack on aerospace company TUSAS kills five",
        "Interior Minister Ali Yerlikaya said [[five people|killed;a=Interior Minister Ali Yerlikaya;alt=Ali Yerlikaya]] were killed and [[22|injured;a=Interior Minister Ali Yerlikaya;alt=Ali Yerlikaya]] wounded in the attack on the TUSAS headquarters near Ankara, and [[two attackers|killed;a=Interior Minister Ali Yerlikaya;alt=Ali Yerlikaya]] were neutralised. "
        "The Defence Ministry said warplanes hit [[32 targets|other;u=other;a=The Defence Ministry]] in Iraq and Syria in response.",
    ),
]
