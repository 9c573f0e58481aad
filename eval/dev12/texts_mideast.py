"""dev12 texts: Yemen, Syria, Lebanon; Gaza and the West Bank.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- Yemen, Syria, Lebanon
    (
        "Yemen: Marib camps absorb families fleeing Houthi offensive",
        "[[More than 1,400 families|displaced;a=the Executive Unit for IDP Camps]] arrived in Marib's camps in {{January}}, the Executive Unit for IDP Camps said, bringing the number of sites in the governorate to [[197|capacity;u=other;a=the Executive Unit for IDP Camps]]. "
        "The sites shelter [[roughly 2 million people|displaced]], many of them displaced {{two or three times}}. "
        "[[Another 250 families|displaced]] were waiting at checkpoints east of the city on {{Sunday}}.",
    ),
    (
        "Yemen: floods tear through Hajjah displacement sites",
        "Heavy rain destroyed or damaged [[about 6,500 shelters|capacity;a=the UN refugee agency]] in displacement sites in Hajjah and Hodeidah, the UN refugee agency said. "
        "[[Some 39,000 displaced people|displaced;a=the agency;alt=the UN refugee agency]] lost their tents, food stocks or both, the agency said. "
        "Partners have distributed [[3,200 emergency kits|aid]] so far.",
    ),
    (
        "Yemen: Hodeidah families return after front line moves",
        "[[Nearly 3,000 households|returned;a=local authorities]] have returned to Hays and Al Khawkhah districts since the front line shifted south, local authorities said. "
        "Landmines killed [[14 returnees|killed;a=Save the Children]], including [[six children|killed;a=Save the Children]], in the same period, according to Save the Children.",
    ),
    (
        "Yemen: migrants stranded in Saada after border shootings",
        "[[About 2,000 Ethiopian migrants|displaced;a=the IOM]] are stranded in Saada governorate after Saudi border guards fired on groups trying to cross, the IOM said. "
        "The IOM has helped [[around 4,700 migrants|returned;a=The IOM]] fly home to Addis Ababa from Aden since {{April}} under its voluntary return programme, The IOM said.",
    ),
    (
        "Yemen: Taiz siege leaves residents reliant on mountain road",
        "[[Some 600,000 people|civilians;a=the city's deputy governor]] in the besieged enclave of Taiz depend on a single mountain road for supplies, the city's deputy governor said on {{June 12, 2022}}. "
        "Trucks take {{six hours}} to cover a distance of {{5 km}} before the war. "
        "Houthi snipers have killed [[at least 17 civilians|killed]] on the road this year.",
    ),
    (
        "Syria: displaced families leave northwest camps after fall of Assad",
        "[[More than 175,000 people|returned;a=OCHA]] left camps in Idlib and northern Aleppo to return to their areas of origin between {{December 8}} and the end of {{January}}, OCHA said. "
        "[[About 1.9 million people|displaced;a=OCHA]] remain in [[more than 1,500 sites|capacity;a=OCHA]] across the northwest, it said.",
    ),
    (
        "Syria: Lebanese and Syrians cross Masnaa as strikes intensify",
        "[[More than 310,000 people|displaced;a=Lebanon's General Security]] crossed from Lebanon into Syria in the {{two weeks}} after Israel escalated its strikes in {{September 2024}}, Lebanon's General Security said. "
        "About {{two-thirds}} were Syrians. "
        "The Syrian Arab Red Crescent set up [[five reception points|capacity]] at the Jdeidet Yabous crossing and handed out [[12,000 hot meals|aid]] on the first weekend.",
    ),
    (
        "Syria: Rukban residents leave desert camp",
        "[[About 7,000 people|displaced;a=the Syrian Arab Red Crescent]] still live in Rukban camp near the Jordanian border, the Syrian Arab Red Crescent said, down from [[some 40,000|displaced;a=the Syrian Arab Red Crescent]] in {{2019}}. "
        "A convoy of [[27 trucks|aid]] reached the camp last week with flour, medicine and hygiene items, the first in {{four years}}.",
    ),
    (
        "Syria: returnees to Homs countryside find villages in ruins",
        "Of the [[roughly 9,000 families|returned;a=the local council]] who have gone back to villages north of Homs since {{January}}, [[about 2,000|civilians;u=household;a=the local council]] are living in houses without roofs or windows, the local council said. "
        "UN-Habitat estimates that [[around 6,400 homes|housing;a=UN-Habitat]] in the area were destroyed during the war.",
    ),
    (
        "Syria: al-Hol camp population falls as Iraq repatriates nationals",
        "Iraq repatriated [[another 150 families|returned;a=Iraq's migration ministry]] from al-Hol camp in northeast Syria on {{Tuesday}}, Iraq's migration ministry said, taking the total returned since {{2021}} to [[more than 13,000 people|returned;a=Iraq's migration ministry]]. "
        "The camp still holds [[about 40,000 people|displaced;a=camp administrators]], [[including 17,000 Iraqis|displaced;a=camp administrators]], camp administrators said.",
    ),
    (
        "Syria: quake-hit northwest camps receive winterisation kits",
        "The UN-led cross-border operation sent [[1,032 trucks|aid;a=OCHA]] through Bab al-Hawa in {{November}}, OCHA said, a monthly record. "
        "Partners distributed winter clothing to [[290,000 children|aid]] and heating fuel to [[45,000 families|aid]] living in tents in Idlib's camps.",
    ),
    (
        "Syria: Druze families flee Sweida clashes",
        "Fighting between Druze militias and Bedouin tribes in Sweida province has displaced [[at least 128,000 people|displaced;a=the IOM]], the IOM said on {{July 21, 2025}}. "
        "[[About 90 collective shelters|capacity;a=local officials]] have opened in schools and community halls, local officials said. "
        "[[Hundreds of people|killed]] have been killed.",
    ),
    (
        "Lebanon: displaced return to south after ceasefire",
        "Within {{48 hours}} of the ceasefire, [[more than 500,000 people|returned;a=Lebanon's disaster management unit]] had headed back towards the south and the Bekaa, Lebanon's disaster management unit said. "
        "Of the [[1,170 collective shelters|capacity;a=the unit;alt=Lebanon's disaster management unit]] opened during the war, [[around 1,000|capacity;u=structure;a=the unit;alt=Lebanon's disaster management unit]] had emptied, the unit said.",
    ),
    (
        "Lebanon: schools turned into shelters in Beirut and Mount Lebanon",
        "The education ministry said [[505 public schools|capacity;a=The education ministry]] were being used as shelters for people fleeing Israeli strikes, delaying the school year for [[about 380,000 pupils|civilians;a=The education ministry]]. "
        "[[Tens of thousands of displaced|displaced;n=displaced]] are sleeping on the Beirut seafront and in public gardens.",
    ),
    (
        "Lebanon: Israeli strikes destroy homes in border villages",
        "Satellite analysis by the National Council for Scientific Research found [[more than 3,200 buildings|housing;a=the National Council for Scientific Research]] destroyed in [[11 villages|other;a=the National Council for Scientific Research]] along the border, the National Council for Scientific Research said. "
        "[[About 96,000 residents|displaced]] of the border area have been displaced since {{October 2023}}.",
    ),
    (
        "Lebanon: Syrian refugees deported after army raids",
        "The Lebanese army deported [[at least 168 Syrians|returned;a=the Access Center for Human Rights]] in {{April}} after raids on informal settlements in the Bekaa, the Access Center for Human Rights said. "
        "[[Some 1,500 refugees|displaced;a=the group;alt=the Access Center for Human Rights]] fled [[two settlements|capacity;u=other;a=the group;alt=the Access Center for Human Rights]] near Arsal after the raids, the group said.",
    ),
    (
        "Gaza: UNRWA shelters overcrowded in Rafah",
        "[[More than 1.4 million people|displaced;a=UNRWA]] are now crammed into Rafah, UNRWA said, a city that had a population of [[about 275,000|civilians;a=UNRWA]] before the war. "
        "In its shelters there is {{one toilet per 850 people}}, it said. "
        "[[Several dozen|killed;a=medics]] were killed in strikes on the city overnight, medics said.",
    ),
    # ---------------------------------------------------------------- Gaza, West Bank
    (
        "Gaza: hundreds of thousands move north after Netzarim reopens",
        "[[More than 300,000 people|returned;a=the UN]] crossed from southern Gaza to the north in the {{first three days}} after the Netzarim corridor reopened, according to the UN. "
        "Most walked along the coastal road, carrying mattresses and water containers. "
        "The UN estimates that {{about 92 percent}} of housing units in the Strip are damaged or destroyed, and [[some 60,000 tents|aid;p;a=aid agencies]] are needed in the north alone, aid agencies said.",
    ),
    (
        "Gaza: aid trucks enter through Kerem Shalom",
        "[[Ninety-one trucks|aid;a=COGAT]] carrying food and medical supplies entered Gaza through Kerem Shalom on {{Sunday}}, COGAT said, while the UN said it had been able to collect only [[41|aid;u=other;a=the UN]] because of insecurity on the road. "
        "Before the war, [[about 500 trucks|aid]] entered the Strip on a typical working day.",
    ),
    (
        "Gaza: evacuation orders cover Khan Younis neighbourhoods",
        "The Israeli military ordered residents of [[24 neighbourhoods|other;u=other]] in eastern Khan Younis to leave on {{Monday}}. "
        "OCHA estimated that [[around 250,000 people|civilians;a=OCHA]] were affected by the order, which covers about {{117 square kilometres}}. "
        "[[At least 70 people|killed;a=the Gaza health ministry]] were killed in the area the same day, the Gaza health ministry said.",
    ),
    (
        "Gaza: medical evacuations through Kerem Shalom resume",
        "The World Health Organization said it had evacuated [[85 patients|displaced;a=The World Health Organization]] and [[110 companions|displaced;a=The World Health Organization]] to Jordan and the UAE, the largest medical evacuation since {{May}}. "
        "[[More than 12,000 patients|civilians;a=the agency;alt=The World Health Organization]] still need to leave Gaza for treatment, the agency said.",
    ),
    (
        "Gaza: shelters hit in Gaza City",
        "A strike on a school sheltering displaced families in the Daraj neighbourhood killed [[at least 22 people|killed;a=the Civil Defence]], [[including 13 children|killed;a=the Civil Defence]], the Civil Defence said. "
        "The school had taken in [[about 3,000 people|displaced]] who fled Jabalia. "
        "Since {{October 2023}}, [[more than 190 UNRWA installations|housing;u=structure;n=installations;a=UNRWA]] have been hit, according to UNRWA.",
    ),
    (
        "Gaza: community kitchens close as flour runs out",
        "The World Food Programme said it had closed [[25 community kitchens|aid;a=The World Food Programme]] in Gaza after stocks ran out, leaving [[22|aid;u=other;a=The World Food Programme]] open. "
        "The kitchens had been serving [[about 280,000 meals a day|aid]]. "
        "A {{25 kg}} sack of flour now costs more than {{$300}} in Deir al-Balah, traders said.",
    ),
    (
        "West Bank: Jenin and Tulkarm camps emptied by military operation",
        "[[About 40,000 Palestinians|displaced;a=UNRWA]] have been forced out of the Jenin, Tulkarm and Nur Shams refugee camps since the Israeli operation began in {{January 2025}}, UNRWA said, the largest displacement in the West Bank since {{1967}}. "
        "The army has demolished [[more than 100 buildings|housing;a=the agency;alt=UNRWA]] in the camps, the agency said. "
        "Displaced families are staying in mosques, schools and a university dormitory in Jenin.",
    ),
    (
        "West Bank: herding communities leave Jordan Valley after settler attacks",
        "[[Seven Palestinian herding communities|other;u=other;a=B'Tselem]] in the northern Jordan Valley have left their land since {{2023}} after repeated settler attacks, B'Tselem said, a total of [[some 120 families|displaced;a=B'Tselem]]. "
        "Settlers also stole [[about 1,500 sheep|other;a=the group;alt=B'Tselem]], the group said.",
    ),
    (
        "Gaza: water trucking in Mawasi reaches fraction of needs",
        "Aid groups truck [[around 2.5 million litres|aid;a=the WASH cluster]] of water a day into the Mawasi area, the WASH cluster said, for [[an estimated 1 million people|displaced;a=the WASH cluster]] living in tents along the coast. "
        "That is about {{three litres}} per person per day, against an emergency minimum of {{15 litres}}.",
    ),
    (
        "Gaza: families sheltering in Deir al-Balah hospital told to leave",
        "[[About 650 displaced people|displaced;a=hospital staff]] sheltering in the courtyard of Al-Aqsa Martyrs Hospital were told to leave after an evacuation order for [[three nearby blocks|other;u=other;a=hospital staff]], hospital staff said. "
        "The hospital has [[160 beds|capacity;u=other]] but was treating [[more than 600 patients|aid]] on {{Wednesday}}.",
    ),
]
