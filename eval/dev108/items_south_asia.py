"""Afghanistan, Pakistan, Kashmir, India's north-east and the Naxal belt: ISPR and police
statements, encounters and surrenders, suicide attacks and hijackings, cross-border strikes and
shelling, relief camps (26 items with figures, 2 without)."""

from _wrap import item

item(
    "12 soldiers martyred in Bannu suicide attack: ISPR",
    """[[Twelve soldiers|killed;a=the Inter-Services Public Relations (ISPR)]] were martyred when a
    suicide bomber rammed an explosives-laden vehicle into a checkpoint in Bannu district, the
    Inter-Services Public Relations (ISPR) said. Troops killed [[all six terrorists|killed;a=the
    military's media wing;alt=the Inter-Services Public Relations (ISPR)]] involved in the attack,
    the military's media wing said.""",
)

item(
    "Eight terrorists killed in Dera Ismail Khan IBO",
    """Security forces killed [[eight terrorists|killed;a=the ISPR]] in an intelligence-based
    operation in Dera Ismail Khan district, the ISPR said on Friday. Weapons and ammunition were
    recovered from the hideout. [[Two soldiers|injured]] were injured in the exchange of fire.""",
)

item(
    "Jaffar Express siege ends; 346 hostages freed, 21 killed",
    """Security forces ended the siege of the Jaffar Express in Balochistan, killing [[all 33
    militants|killed;a=Military spokesman Lieutenant General Ahmed Sharif Chaudhry]] who had seized
    the train, Military spokesman Lieutenant General Ahmed Sharif Chaudhry said. He said [[346
    hostages|kidnapped;a=Military spokesman Lieutenant General Ahmed Sharif Chaudhry]] had been
    freed and that [[21|killed;a=Military spokesman Lieutenant General Ahmed Sharif Chaudhry]] had
    been killed by the militants before the operation began. [[Four paramilitary
    soldiers|killed]] also died. The train had been carrying [[more than 400 passengers|other]]
    from Quetta to Peshawar.""",
)

item(
    "Gunmen attack Kurram convoy, killing 42",
    """Gunmen opened fire on a convoy of [[more than 200 vehicles|other;a=police]] travelling under
    police escort in Kurram district, killing [[at least 42 people|killed;a=police]], including
    [[six women|killed;a=police]], police said. [[Sixteen others|injured]] were wounded. The
    Parachinar-Peshawar road has been closed since {{October 12}}.""",
)

item(
    "Suicide bomber kills 6 near Afghan foreign ministry",
    """A suicide bomber killed [[six people|killed;a=Kabul police spokesman Khalid Zadran]] near the
    foreign ministry in Kabul, Kabul police spokesman Khalid Zadran said. The Islamic State group
    claimed the attack, saying it had killed and wounded [[more than 20 Taliban members|killed;
    a=The Islamic State group]].""",
)

item(
    "Pakistani airstrikes kill 46 in Paktika, Taliban say",
    """Pakistani airstrikes on the Barmal district of Afghanistan's Paktika province killed [[46
    people|killed;a=Taliban deputy spokesman Hamdullah Fitrat]], most of them women and children,
    Taliban deputy spokesman Hamdullah Fitrat said. Pakistani security officials said the strikes
    targeted hideouts of the Pakistani Taliban and killed [[at least 20 militants|killed;
    a=Pakistani security officials]].""",
)

item(
    "Taliban attack Kunduz checkpoints, kill 14 police",
    """Taliban fighters attacked [[three police checkpoints|other;a=provincial council member
    Ghulam Rabbani Rabbani]] on the outskirts of Kunduz overnight, killing [[at least 14
    policemen|killed;a=provincial council member Ghulam Rabbani Rabbani]], provincial council
    member Ghulam Rabbani Rabbani said. [[Five others|arrested]] were captured by the insurgents.
    The Taliban claimed [[22 security forces|killed;a=The Taliban]] had been killed.""",
)

item(
    "Two militants killed in Kulgam encounter",
    """[[Two militants|killed;a=police]] were killed in an encounter with security forces in
    Kulgam district on Saturday, police said. A soldier of the {{9 Rashtriya Rifles}} was injured
    in the gunfight. [[Two pistols|other;a=police]] and [[three grenades|other;a=police]] were
    recovered from the site, police said.""",
)

item(
    "Terrorists kill 26 at Baisaran meadow near Pahalgam",
    """Terrorists opened fire on tourists at the Baisaran meadow near Pahalgam, killing [[26
    people|killed;a=officials]], [[25|killed;a=officials]] of them tourists, officials said. A
    local pony operator who tried to stop the attackers was also killed. [[Seventeen
    people|injured]] were injured.""",
)

item(
    "India strikes 9 sites; Pakistan says 31 civilians killed",
    """India said it struck [[nine sites|other;a=India]] in Pakistan and Pakistan-administered
    Kashmir that it described as terrorist infrastructure. Pakistan's military said [[31
    civilians|killed;a=Pakistan's military]] were killed and [[57|injured;a=Pakistan's military]]
    wounded in the strikes and in shelling along the Line of Control, and that it had shot down
    [[five Indian jets|other;u=other;a=Pakistan's military]]. India did not confirm any
    losses.""",
)

item(
    "Pakistani shelling kills 12 civilians in Poonch",
    """Pakistani shelling along the Line of Control killed [[at least 12 civilians|killed;
    a=officials]] in Poonch, officials said, the heaviest toll in the district in decades. [[More
    than 50 houses|housing;a=residents]] were damaged and [[hundreds of families|displaced;
    a=residents]] moved to safer places, residents said.""",
)

item(
    "Manipur violence: toll rises to 60, over 35,000 in relief camps",
    """The death toll in the ethnic violence in Manipur rose to [[60|killed;a=Chief Minister Biren
    Singh]], Chief Minister Biren Singh said, and [[231 people|injured;a=Chief Minister Biren
    Singh]] were injured. [[More than 35,000 people|displaced;a=officials]] are sheltering in
    [[272 relief camps|capacity;a=officials]], officials said, and [[about 1,700
    houses|housing;a=officials]] have been burned.""",
)

item(
    "Over 1,000 looted weapons surrendered in Manipur",
    """[[More than 1,000 weapons|other;a=Manipur Police]] have been surrendered in the {{two weeks}}
    since Governor Ajay Kumar Bhalla urged residents to hand over looted arms, Manipur Police
    said. Mobs looted [[about 6,000 firearms|other]] and [[600,000 rounds|other]] of ammunition
    from police armouries in {{2023}}, including {{AK-47}} and INSAS rifles.""",
)

item(
    "31 Maoists, 2 jawans killed in Bijapur encounter",
    """[[Thirty-one Maoists|killed;a=Inspector General of Police (Bastar range) Sundarraj P]] and
    [[two jawans|killed;a=Inspector General of Police (Bastar range) Sundarraj P]] of the District
    Reserve Guard were killed in an encounter in the forests of Bijapur district, Inspector
    General of Police (Bastar range) Sundarraj P said. [[Two other personnel|injured]] were
    injured. Security forces have killed [[more than 80 Maoists|killed]] in Chhattisgarh so far
    this year.""",
)

item(
    "22 Maoists surrender in Sukma; six carried rewards",
    """[[Twenty-two Maoists|arrested;a=Sukma Superintendent of Police Kiran Chavan]] surrendered
    before police and CRPF officials in Sukma district, Sukma Superintendent of Police Kiran Chavan
    said. [[Six|arrested]] of them carried a combined reward of {{Rs 40 lakh}} on their heads.
    Each will receive {{Rs 50,000}} under the State's rehabilitation policy.""",
)

item(
    "10 militants killed in Jiribam gunfight; six abducted",
    """Security forces killed [[10 suspected militants|killed;a=police]] in a gunfight after the
    militants attacked a police station and a CRPF camp in Jiribam, police said. The militants
    later abducted [[six people|kidnapped]] - [[three women|kidnapped]] and [[three
    children|kidnapped]] - from a relief camp.""",
)

item(
    "BLA attacks kill 39 across Balochistan",
    """Coordinated attacks by the Balochistan Liberation Army across Balochistan killed [[at least
    39 people|killed;a=officials]], including [[14 soldiers and police|killed;n=soldiers and
    police;a=officials]], officials said. Gunmen set fire to [[35 vehicles|other]] on a highway in
    Musakhel. The military said [[21 militants|killed;a=The military]] were killed in retaliatory
    operations.""",
)

item(
    "Peshawar mosque blast toll rises to 100",
    """The death toll from the suicide bombing at a mosque inside Peshawar's police headquarters
    rose to [[100|killed;a=officials]], officials said, [[97|killed;a=officials]] of them police
    officers. [[More than 220|injured]] were wounded. The Pakistani Taliban denied involvement,
    but a faction of the group claimed the attack.""",
)

item(
    "NRF claims 10 Taliban killed in Panjshir",
    """The National Resistance Front said its fighters had killed [[10 Taliban fighters|killed;
    a=The National Resistance Front]] in clashes in Panjshir's Dara district. A Taliban spokesman
    said [[two|killed;a=A Taliban spokesman]] of its fighters had died and that [[12 NRF
    members|arrested;a=A Taliban spokesman]] had been captured.""",
)

item(
    "30,000 flee fighting in Helmand",
    """[[About 30,000 people|displaced;a=the UN Office for the Coordination of Humanitarian
    Affairs]] have fled fighting between the Taliban and government forces in Helmand province
    over the past month, the UN Office for the Coordination of Humanitarian Affairs said.
    [[Between 4,000 and 5,000 families|displaced;a=officials]] have arrived in Lashkar Gah, where
    officials said [[four schools|capacity;a=officials]] were being used as shelters.""",
)

item(
    "Seven overground workers arrested in Baramulla",
    """Police arrested [[seven overground workers|arrested;a=police]] of the Lashkar-e-Taiba in
    Baramulla and recovered [[two grenades|other;a=police]] and [[30 rounds|other;a=police]] of
    AK ammunition, police said. The arrests followed a cordon-and-search operation in Sopore.""",
)

item(
    "IED blast kills 8 DRG jawans, driver in Bijapur",
    """An IED blast in Bijapur district killed [[eight DRG jawans|killed;a=police]] and their
    civilian driver, police said. The vehicle was carrying [[about 20 personnel|combatants]] back
    from an anti-Maoist operation. Maoists used about {{60 kg}} of explosives, officials said.""",
)

item(
    "Pakistan test-fires Fatah-II rocket",
    """Pakistan's army conducted a training launch of the Fatah-II guided rocket system, which has
    a range of {{400 km}}, the ISPR said on {{December 27}}. The launch came {{eight months}} after
    the {{first}} test of the system, which entered service in {{2024}}.""",
)

item(
    "Army commander reviews security along LoC ahead of Amarnath Yatra",
    """The General Officer Commanding of the {{15 Corps}} reviewed security arrangements along the
    Line of Control on {{June 28}}, ahead of the {{38-day}} Amarnath Yatra. It is the {{sixth}}
    yatra since the abrogation of {{Article 370}} in {{August 2019}}.""",
)

item(
    "10,000 families leave Tirah ahead of operation",
    """[[Around 10,000 families|displaced;a=the Khyber district administration]] have left the
    Tirah valley ahead of a military operation against militants, the Khyber district
    administration said. The government has set up [[two relief camps|capacity]] in Bara and
    plans to open [[three more|capacity;p;n=-;u=structure;a=The government]] next week. It has
    registered [[4,600 families|aid]] for cash assistance of {{Rs 25,000}} each.""",
)

item(
    "Clash on Iran border kills Taliban fighter, 2 guards",
    """[[One Taliban fighter|killed;a=Taliban officials]] and [[two Iranian border guards|killed;
    a=Taliban officials]] were killed in a clash on the border between Afghanistan's Nimroz
    province and Iran, Taliban officials said. Iran's state media said [[one border guard|killed;
    a=Iran's state media]] had died.""",
)

item(
    "Eight Maoists killed in Bokaro, one carried Rs 1 crore reward",
    """[[Eight Maoists|killed;a=Jharkhand Police]], including a central committee member who carried
    a reward of {{Rs 1 crore}}, were killed in an encounter in Bokaro district, Jharkhand Police
    said. Security forces recovered [[eight weapons|other]] from the site.""",
)

item(
    "Five soldiers, including 2 officers, killed in Rajouri encounter",
    """[[Five soldiers|killed;a=the Army]], including [[two officers|killed;a=the Army]], were
    killed in an encounter with terrorists in Rajouri's Kalakote forest, the Army said. [[Two
    terrorists|killed]] were killed as the operation continued for a {{second day}}.""",
)
