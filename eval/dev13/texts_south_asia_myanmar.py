"""dev13 texts: Pakistan; Afghanistan; Kashmir; Myanmar.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- Pakistan
    (
        "Balochistan: troops end train siege, free hundreds of passengers",
        "Security forces ended the siege of the Jaffar Express in Balochistan on Wednesday, freeing [[346 hostages|kidnapped;a=the military]] and killing [[all 33 militants|killed;a=the military]] of the Baloch Liberation Army, the military said. "
        "[[Twenty-one passengers|killed;a=the military]] and [[four paramilitary soldiers|killed;a=the military]] were killed by the attackers, it said. "
        "The train was carrying [[about 440 people|other]] from Quetta to Peshawar.",
    ),
    (
        "Peshawar: Taliban attack on army school kills 141",
        "Pakistani Taliban gunmen stormed an army-run school in Peshawar, killing [[141 people|killed;a=the military]], [[132 of them|killed;n=-;a=the military]] children, the military said. "
        "Commandos killed [[all seven attackers|killed]] after an {{eight-hour}} siege and rescued [[about 960 students and staff|civilians;n=students and staff]]. "
        "[[At least 121 pupils|injured]] were wounded.",
    ),
    (
        "Quetta: suicide bombing at railway station kills soldiers",
        "A suicide bomber blew himself up on a crowded platform at Quetta railway station on Saturday, killing [[at least 26 people|killed;a=police]], [[14 of them|killed;n=-;a=police]] soldiers, police said. "
        "[[Sixty-two|injured;a=Balochistan's health department]] were wounded, according to Balochistan's health department. "
        "The train for Rawalpindi was due to leave at {{9 a.m.}}",
    ),
    (
        "Pakistan: Kurram convoy attack and clashes leave dozens dead",
        "Gunmen opened fire on a convoy of [[about 200 vehicles|other;a=officials]] in the Kurram district, killing [[42 passengers|killed;a=officials]], officials said. "
        "Sectarian clashes in the following week killed [[at least 88 more|killed;n=-]], and [[thousands of residents|displaced]] fled to Hangu and Peshawar.",
    ),
    (
        "Pakistan and India trade strikes after Pahalgam attack",
        "Pakistan's military said Indian missile strikes on [[six locations|other;u=other;a=Pakistan's military]] killed [[31 civilians|killed;a=Pakistan's military]] and wounded [[57|injured;a=Pakistan's military]], and that it had shot down [[five Indian jets|other;a=Pakistan's military]], including [[three Rafales|other;u=other;a=Pakistan's military]]. "
        "India said it had struck [[nine terrorist sites|other;a=India]] and that Pakistani shelling along the Line of Control had killed [[15 civilians|killed;a=India]] in Poonch.",
    ),
    (
        "Pakistan: mosque bombing inside Peshawar police compound",
        "A suicide bombing at a mosque inside a police compound in Peshawar killed [[at least 100 people|killed;a=a hospital spokesman]], almost all of them police officers, a hospital spokesman said. "
        "Rescuers pulled [[more than 20 survivors|other]] from under a collapsed wall, and [[about 225 people|injured]] were treated for wounds.",
    ),
    (
        "Pakistan: millions of Afghans ordered to leave",
        "Pakistan has sent back [[more than 800,000 Afghans|returned;a=UNHCR]] since it launched a deportation drive in {{October 2023}}, UNHCR said. "
        "The government said the [[1.7 million|returned;p;a=The government]] without documents must leave, and border crossings at Torkham were handling [[up to 10,000 people a day|returned;a=The government]].",
    ),
    (
        "Bajaur: bombing at political rally kills 54",
        "An Islamic State suicide bomber struck a rally of the Jamiat Ulema-e-Islam party in Bajaur, killing [[54 people|killed;a=provincial officials]], [[23 of them|killed;n=-;a=provincial officials]] children under {{18}}, provincial officials said. "
        "[[Nearly 200|injured]] were wounded. "
        "Party workers had gathered in a large tent when the bomb went off at about {{4 p.m.}}",
    ),
    # ---------------------------------------------------------------- Afghanistan
    (
        "Kabul airport bombing kills 13 US troops and scores of Afghans",
        "A suicide bombing at the Abbey Gate of Kabul airport killed [[13 US service members|killed;a=the Pentagon]] and [[about 170 Afghans|killed;a=the Pentagon]], the Pentagon said. "
        "[[Eighteen US troops|injured]] were wounded. "
        "The bombing came as [[thousands of Afghans|displaced]] crowded the gates hoping to board evacuation flights, which by then had flown out [[more than 100,000 people|displaced;a=The White House]], The White House said.",
    ),
    (
        "Kunduz: US airstrike on MSF hospital kills 42",
        "A US AC-130 gunship struck the Medecins Sans Frontieres trauma hospital in Kunduz, killing [[42 people|killed;a=the charity;alt=Medecins Sans Frontieres]], including [[24 patients|killed;a=the charity;alt=Medecins Sans Frontieres]] and [[14 staff|killed;a=the charity;alt=Medecins Sans Frontieres]], the charity said. "
        "The hospital had treated [[more than 22,000 patients|aid]] in {{2014}}.",
        ["AC-130"],
    ),
    (
        "Kabul: bombing outside girls' school kills dozens",
        "[[Three bombs|other;a=the interior ministry]] exploded outside the Sayed ul-Shuhada girls' school in Kabul's Dasht-e-Barchi district as pupils left class, killing [[at least 85 people|killed;a=the interior ministry]], the interior ministry said. "
        "[[More than 150|injured]] were wounded, most of them girls aged {{between 11 and 15}}.",
    ),
    (
        "Afghanistan: Taliban seize provincial capitals as thousands flee to Kabul",
        "The Taliban captured [[three more provincial capitals|other;u=other]] on Friday, bringing the number they have taken in a week to [[17|other;u=other;n=-]]. "
        "[[About 250,000 Afghans|displaced;a=the UN refugee agency]] have fled their homes since the end of {{May}}, the UN refugee agency said, about {{80 percent}} of them women and children. "
        "[[Some 20,000 of them|displaced;n=-]] are sleeping in Kabul's parks.",
    ),
    (
        "Afghanistan: returnees from Iran overwhelm Islam Qala crossing",
        "[[More than 500,000 Afghans|returned;a=the IOM]] returned or were deported from Iran in {{June}} alone, the IOM said, [[up to 40,000 a day|returned;n=-;a=the IOM]] at the peak. "
        "Aid groups at the Islam Qala crossing handed out [[25,000 hot meals|aid]] and [[8,000 hygiene kits|aid]] in a week.",
    ),
    (
        "Afghanistan: Pakistani airstrikes in Paktika kill 46, Taliban say",
        "Pakistani airstrikes on [[four villages|other]] in Paktika province killed [[46 people|killed;a=a Taliban spokesman]], most of them women and children, a Taliban spokesman said on X. "
        "Pakistan said it had targeted Pakistani Taliban hideouts and killed [[about 20 militants|killed;a=Pakistan]].",
    ),
    # ---------------------------------------------------------------- Kashmir
    (
        "Kashmir: gunmen kill 26 tourists near Pahalgam",
        "Gunmen opened fire on tourists in a meadow near Pahalgam, killing [[26 people|killed;a=police]], [[25 of them|killed;n=-;a=police]] Indian tourists and [[one|killed;a=police]] a Nepali citizen, police said. "
        "[[At least 17 people|injured]] were wounded. "
        "Security forces detained [[more than 1,500 people|arrested;a=officials]] for questioning in the following days, officials said.",
    ),
    (
        "Kashmir: Pulwama convoy bombing kills 40 paramilitary police",
        "A suicide car bomber rammed a convoy of [[78 vehicles|other;a=officials]] carrying [[more than 2,500 paramilitary police|combatants;a=officials]] on the Jammu-Srinagar highway, officials said, killing [[40|killed;a=officials]]. "
        "The bomber, a {{20-year-old}} from Pulwama, drove a car with about {{300 kg}} of explosives.",
    ),
    (
        "Kashmir: cross-border shelling forces villagers into bunkers",
        "Pakistani shelling along the Line of Control killed [[five civilians|killed;a=Indian army officials]] in the Uri and Kupwara sectors, Indian army officials said, and damaged [[more than 100 houses|housing;a=Indian army officials]]. "
        "[[About 1,500 residents|displaced]] of border villages moved to relief camps, while [[some 400 families|displaced]] sheltered in [[62 community bunkers|capacity;u=structure]].",
    ),
    (
        "Kashmir: militants killed in Kupwara gunfight, soldiers die",
        "[[Five militants|killed;a=the army]] trying to cross the Line of Control were killed in a gunfight in Kupwara, the army said, and [[two soldiers|killed;a=the army]] were killed. "
        "The army's {{15}} Corps said troops recovered [[five AK rifles|other;a=The army's 15 Corps]] and [[20 grenades|other;a=The army's 15 Corps]].",
    ),
    # ---------------------------------------------------------------- Myanmar
    (
        "Myanmar: junta airstrike on Pazigyi ceremony kills about 170",
        "A military airstrike on a crowd gathered for the opening of an opposition office in Pazigyi village in Sagaing killed [[about 170 people|killed;a=the National Unity Government]], including [[around 40 children|killed;a=the National Unity Government]], the National Unity Government said. "
        "The junta confirmed the strike but said the dead were mostly fighters.",
    ),
    (
        "Myanmar: rebel alliance says it captured 200 junta posts",
        "The Three Brotherhood Alliance said it had captured [[more than 200 military posts|other;u=structure;a=The Three Brotherhood Alliance]] and [[four towns|other]] in northern Shan state since launching Operation {{1027}}. "
        "[[About 50,000 people|displaced;a=the UN]] have been displaced, according to the UN, and [[hundreds of junta soldiers|combatants]] have surrendered.",
    ),
    (
        "Myanmar: political prisoners freed in amnesty",
        "The junta released [[5,864 prisoners|arrested;a=state media]] in an amnesty to mark Union Day, state media said, including [[at least 114 foreigners|arrested;a=state media]] who will be deported. "
        "The Assistance Association for Political Prisoners says [[more than 21,000 people|arrested;a=The Assistance Association for Political Prisoners]] remain in detention since the {{2021}} coup.",
    ),
    (
        "Myanmar coup: security forces kill 114 protesters in a day",
        "Security forces killed [[at least 114 people|killed;a=local media]] across Myanmar on Saturday, including a {{five-year-old}} boy, local media reported, the bloodiest day since the coup on {{February 1}}. "
        "The Assistance Association for Political Prisoners said [[more than 3,000 people|arrested;a=The Assistance Association for Political Prisoners]] had been detained.",
    ),
    (
        "Myanmar: Rohingya flee to Bangladesh as villages burn",
        "[[More than 370,000 Rohingya|displaced;a=the UN]] have crossed into Bangladesh in less than {{three weeks}}, the UN said, and satellite images show [[at least 214 villages|other;a=Human Rights Watch]] burned in Rakhine, according to Human Rights Watch. "
        "Medecins Sans Frontieres later estimated that [[6,700 Rohingya|killed;a=Medecins Sans Frontieres]], including [[730 children|killed;a=Medecins Sans Frontieres]] under the age of {{five}}, were killed in the first month.",
    ),
    (
        "Myanmar: Arakan Army fighting traps civilians in Buthidaung",
        "[[Tens of thousands of Rohingya|civilians;a=UN human rights chief Volker Turk]] are trapped between the Arakan Army and junta troops in Buthidaung, UN human rights chief Volker Turk said. "
        "Rohingya activists said [[about 200,000 people|displaced;a=Rohingya activists]] had fled the town after it was set on fire.",
    ),
    (
        "Myanmar: junta conscripts thousands under new law",
        "The junta plans to call up [[5,000 people a month|combatants;p;a=a junta spokesman]] under the conscription law, starting in {{April}}, a junta spokesman said. "
        "[[Thousands of young men|displaced]] have fled to Thailand or to areas held by resistance groups since the law was announced.",
    ),
]
