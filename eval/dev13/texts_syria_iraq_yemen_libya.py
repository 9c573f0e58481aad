"""dev13 texts: Syria; Iraq; Yemen and the Red Sea; Libya.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- Syria
    (
        "Syria: chemical attack in eastern Ghouta, hundreds dead",
        "[[Hundreds of people|killed;a=opposition activists]] were killed in rocket attacks using nerve gas on the suburbs of eastern Ghouta on {{August 21, 2013}}, opposition activists said. "
        "The United States later put the toll at [[1,429|killed;a=The United States]], including [[at least 426 children|killed;a=The United States]]. "
        "Medecins Sans Frontieres said [[3,600 patients|injured;a=Medecins Sans Frontieres]] with neurotoxic symptoms were treated at [[three hospitals|other;a=Medecins Sans Frontieres]] it supports.",
    ),
    (
        "Aleppo: evacuation of rebel-held east completed",
        "[[About 35,000 people|displaced;a=the International Committee of the Red Cross]], fighters and civilians, have been evacuated from eastern Aleppo in the past week, the International Committee of the Red Cross said. "
        "[[Some 4,000 rebels|combatants;a=the ICRC]] were among them, the ICRC said, and the last buses left on Thursday.",
    ),
    (
        "Idlib: airstrikes on market kill 19",
        "Russian and Syrian government airstrikes on a market in Maarat al-Numan killed [[19 civilians|killed;a=the White Helmets]] and wounded [[about 40|injured;a=the White Helmets]], the White Helmets rescue group said. "
        "[[More than 900,000 people|displaced;a=the UN]] have fled the offensive in northwest Syria since {{December}}, the UN says, over {{80 percent}} of them women and children.",
    ),
    (
        "Syria: Sednaya prison emptied as rebels enter Damascus",
        "Rebels who entered Damascus freed [[thousands of detainees|other]] from the Sednaya military prison, where rights groups say [[as many as 13,000 people|killed;a=rights groups]] were executed between {{2011}} and {{2015}}. "
        "The White Helmets said its teams had found no hidden cells after searching for {{48 hours}}.",
    ),
    (
        "Syria: coastal violence kills hundreds of Alawite civilians",
        "Security forces and allied fighters killed [[at least 1,383 civilians|killed;a=the Syrian Network for Human Rights]], most of them Alawites, in the coastal provinces over several days, the Syrian Network for Human Rights said. "
        "The monitor also reported [[about 230 security personnel|killed;a=The monitor]] killed by Assad loyalists. "
        "[[About 9,000 people|displaced;a=Lebanese officials]] fled into northern Lebanon, Lebanese officials told AFP.",
    ),
    (
        "Syrian refugees return from Turkey after fall of Assad",
        "[[More than 80,000 Syrians|returned;a=Turkey's interior minister]] have gone back from Turkey since the fall of Bashar al-Assad on {{December 8}}, Turkey's interior minister said. "
        "UNHCR said [[around 1 million refugees|returned;p;a=UNHCR]] could return in the first {{six months}} of {{2025}}. "
        "[[About 2.9 million|displaced]] Syrians remain registered in Turkey.",
    ),
    (
        "Al-Hol camp: Iraq repatriates families of IS suspects",
        "Iraq brought back [[608 people|returned;a=Iraq's migration ministry]], [[158 families|returned;a=Iraq's migration ministry]], from the al-Hol camp in northeast Syria on Monday, Iraq's migration ministry said. "
        "The camp, run by Kurdish-led forces, still holds [[about 40,000 people|displaced;a=aid groups]], more than half of them children, according to aid groups.",
    ),
    (
        "Israel strikes Syrian military sites after Assad's fall",
        "Israel carried out [[more than 350 airstrikes|other;a=the Israeli military]] on Syrian military sites in {{48 hours}}, destroying most of the navy, the Israeli military said. "
        "Israeli troops also moved into the buffer zone on the Golan Heights for the first time since {{1974}}.",
    ),
    (
        "Syria: Islamic State bombing at Damascus church kills 25",
        "A suicide bomber opened fire and blew himself up inside the Mar Elias church in Damascus during Sunday mass, killing [[25 worshippers|killed;a=the health ministry]] and wounding [[63|injured;a=the health ministry]], the health ministry said. "
        "The interior ministry said [[six suspects|arrested;a=The interior ministry]] had been arrested and [[two|killed;a=The interior ministry]] killed in raids on an IS cell in the Damascus countryside.",
    ),
    (
        "Northeast Syria: Turkish offensive displaces tens of thousands",
        "[[At least 100,000 people|displaced;a=the UN]] have fled their homes since Turkey began its offensive against Kurdish-led forces in northeast Syria, the UN said. "
        "The Kurdish Red Crescent said [[11 civilians|killed;a=The Kurdish Red Crescent]] had been killed, and Turkey said [[one Turkish soldier|killed;a=Turkey]] and [[174 militants|killed;a=Turkey]] had died.",
    ),
    # ---------------------------------------------------------------- Iraq
    (
        "Mosul: thousands flee as Iraqi forces push into old city",
        "[[About 8,000 civilians|displaced;a=the International Organization for Migration]] fled the old city of Mosul in a single day as Iraqi forces advanced, the International Organization for Migration said. "
        "[[Up to 100,000|civilians;a=the UN]] are still trapped in the area, according to the UN, and Islamic State is holding [[hundreds of families|kidnapped;a=the UN]] as human shields.",
    ),
    (
        "Iraq: Yazidi women and children freed from IS captivity",
        "[[Twenty-three Yazidis|kidnapped;a=the Kurdistan regional government's office for kidnapped Yazidis]], [[12 of them|kidnapped;n=-;a=the Kurdistan regional government's office for kidnapped Yazidis]] children, were freed from Islamic State captivity in Syria and returned to Iraq, the Kurdistan regional government's office for kidnapped Yazidis said. "
        "[[About 2,700 Yazidis|missing;a=the office;alt=the Kurdistan regional government's office for kidnapped Yazidis]] are still missing nearly {{a decade}} after IS overran Sinjar, the office said.",
    ),
    (
        "Baghdad: Karrada truck bomb toll nears 300",
        "The death toll from the truck bomb in Baghdad's Karrada district rose to [[292|killed;a=the health ministry]], the health ministry said on Thursday, making it the deadliest single bombing in the capital since {{2003}}. "
        "[[More than 200|injured]] were wounded. "
        "Islamic State said it had carried out the attack.",
    ),
    (
        "Iraq: protesters killed as security forces open fire in Nasiriyah",
        "Security forces opened fire on protesters blocking a bridge in Nasiriyah, killing [[at least 25 people|killed;a=medical sources]] and wounding [[about 250|injured;a=medical sources]], medical sources said. "
        "Amnesty International said [[more than 400 people|killed;a=Amnesty International]] had been killed across Iraq in {{two months}} of protests, and [[at least 3,000|arrested;a=Amnesty International]] had been detained.",
    ),
    (
        "Iraq: drone attack wounds US troops at Ain al-Asad",
        "[[Three drones|other;a=a US official]] targeted the Ain al-Asad air base in western Iraq on Monday, and [[two of them|other;n=-;u=other;a=a US official]] were shot down, a US official told Reuters. "
        "[[Four American service members|injured]] were treated for traumatic brain injuries. "
        "The US has [[about 2,500 troops|combatants]] in Iraq.",
    ),
    (
        "Sinjar: thousands of displaced Yazidis return after camp closures",
        "[[About 1,600 families|returned;a=the IOM]] returned to Sinjar from camps in Dohuk in the first {{three months}} of the year, the IOM said, as the federal government moved to close [[all 24 camps|capacity;p]] in the Kurdistan region. "
        "[[More than 180,000 people|displaced]] still live in the camps.",
    ),
    # ---------------------------------------------------------------- Yemen and the Red Sea
    (
        "Red Sea: Houthis seize cargo ship, hold 25 crew",
        "Houthi fighters landed by helicopter on the Galaxy Leader in the Red Sea and took its [[25 crew members|kidnapped;a=the ship's Japanese operator]] to the port of Hodeidah, the ship's Japanese operator said. "
        "The crew, [[17 of them|kidnapped;n=-]] Filipinos, were released more than {{a year}} later through Omani mediation.",
    ),
    (
        "Gulf of Aden: three crew killed in Houthi missile strike on ship",
        "A Houthi missile hit the bulk carrier True Confidence in the Gulf of Aden, killing [[three crew members|killed;a=US Central Command]] and injuring [[at least four|injured;a=US Central Command]], US Central Command said. "
        "The Indian navy said it had rescued [[21 crew|other;a=The Indian navy]]. "
        "The ship is about {{50 nautical miles}} southwest of Aden.",
    ),
    (
        "Red Sea: crew missing after Houthis sink Liberian-flagged ship",
        "Houthis attacked the Eternity C with drones, rockets and speedboats over {{two days}} and sank it, the ship's manager said. "
        "[[Ten crew members|other;a=the European Union naval mission]] of the [[25 people|other;a=the European Union naval mission]] on board were rescued, the European Union naval mission said, [[at least four|killed;a=the European Union naval mission]] were killed and [[11|missing;a=the European Union naval mission]] were missing. "
        "The Houthis said they had taken some crew members to a safe location.",
    ),
    (
        "US and Britain strike Houthi targets in Yemen",
        "US and British warplanes and ships struck [[more than 60 targets|other;a=US officials]] at [[16 locations|other;u=other;a=US officials]] in Houthi-held Yemen, US officials said, using [[over 100 precision-guided munitions|other;a=US officials]]. "
        "A Houthi spokesman said [[five fighters|killed;a=A Houthi spokesman]] were killed. "
        "Aircraft took off from the USS Dwight D. Eisenhower and bases in the region.",
    ),
    (
        "Yemen: coalition airstrike on school bus kills 40 children",
        "A Saudi-led coalition airstrike on a bus in a market in Dahyan, in northern Saada province, killed [[51 people|killed;a=the International Committee of the Red Cross]], [[40 of them|killed;n=-;a=the International Committee of the Red Cross]] children, the International Committee of the Red Cross said. "
        "[[Seventy-nine people|injured]], [[56 of them|injured;n=-]] children, were wounded. "
        "The bomb was a {{500-pound}} laser-guided weapon.",
    ),
    (
        "Yemen: Houthis detain UN staff in Sanaa raids",
        "Houthi authorities detained [[13 UN staff members|arrested;a=UN Secretary-General Antonio Guterres]] in raids in Sanaa and other cities, UN Secretary-General Antonio Guterres said, bringing the number of UN personnel held to [[more than 50|arrested;a=UN Secretary-General Antonio Guterres]]. "
        "Staff of [[five NGOs|other;u=other]] were also held.",
    ),
    (
        "Yemen: Sanaa funeral hall strike kills 140",
        "Airstrikes on a crowded funeral hall in Sanaa killed [[more than 140 people|killed;a=the UN]] and wounded [[525|injured;a=the UN]], the UN said. "
        "The Saudi-led coalition at first denied responsibility, then said it had struck the hall on the basis of wrong information.",
    ),
    (
        "Marib: tens of thousands flee Houthi offensive",
        "[[Some 45,000 people|displaced;a=the IOM]] have fled fighting in Marib governorate in {{two months}}, the IOM said, many of them for the second or third time. "
        "The province's [[125 displacement sites|capacity;a=local authorities]] are overcrowded, local authorities said, and [[about 1 million displaced people|displaced;a=local authorities]] live in Marib.",
    ),
    # ---------------------------------------------------------------- Libya
    (
        "Tripoli: clashes between rival militias kill 55",
        "Clashes between rival armed groups in Tripoli killed [[55 people|killed;a=the emergency medicine centre]] and wounded [[146|injured;a=the emergency medicine centre]], the emergency medicine centre said on Wednesday. "
        "[[Some 234 families|displaced;a=the Red Crescent]] were evacuated from front-line districts, the Red Crescent said.",
    ),
    (
        "Libya: mass graves found in Tarhuna after Haftar forces withdraw",
        "Libya's missing persons authority said it had recovered [[more than 120 bodies|killed;a=Libya's missing persons authority]] from mass graves in Tarhuna since forces loyal to Khalifa Haftar withdrew in {{June 2020}}. "
        "Families say [[about 350 people|missing;a=Families]] from the town are still unaccounted for.",
    ),
    (
        "Libya: migrants killed in airstrike on detention centre",
        "An airstrike on the Tajoura detention centre east of Tripoli killed [[at least 53 migrants|killed;a=the UN]] and wounded [[130|injured;a=the UN]], the UN said. "
        "[[About 600 migrants|arrested]] were held at the centre at the time, [[120 of them|arrested;n=-]] in the hangar that was hit.",
    ),
    (
        "Libya: Haftar offensive on Tripoli displaces 120,000",
        "[[More than 120,000 people|displaced;a=OCHA]] have fled fighting on the southern outskirts of Tripoli since Khalifa Haftar's forces launched their offensive in {{April 2019}}, OCHA said. "
        "[[About 3,000 migrants and refugees|civilians;a=OCHA]] remain trapped in detention centres near the front lines, it added.",
    ),
]
