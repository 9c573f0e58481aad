"""dev72 items: Bangladesh's 2024 uprising and its aftermath (killed, injured, arrested, police
stations and jails attacked, minorities, the Chittagong Hill Tracts) and Sri Lanka (the
disappeared, mass graves, the Easter bombings, the 2022 unrest, land returns in the north)."""

from figset import F

F(
    "UN report says up to 1,400 killed in Bangladesh crackdown",
    "[[As many as 1,400 people|killed;a=the UN human rights office]] may have been killed "
    "between {{July 15}} and {{August 5}} as the former government tried to crush the "
    "protests, the UN human rights office said, {{12 to 13 percent}} of them children. "
    "Security forces detained "
    "[[more than 11,700 people|arrested;a=the office;alt=the UN human rights office]], the "
    "office said, and [[thousands|injured;a=the office;alt=the UN human rights office]] were "
    "wounded by shotgun pellets and live rounds.",
)

F(
    "Health ministry lists uprising dead and injured",
    "The health ministry has listed [[834 people|killed;a=The health ministry]] killed and "
    "[[more than 20,000|injured;n=-;a=The health ministry]] injured in the July uprising, the "
    "ministry said. "
    "[[About 500 people|injured;a=doctors at the National Institute of Ophthalmology]] lost "
    "the sight of an eye to pellets, doctors at the National Institute of Ophthalmology said.",
)

F(
    "Mass arrests in Dhaka under curfew",
    "Police in Dhaka arrested [[more than 2,500 people|arrested;a=police]] over {{four days}} "
    "of curfew, police said, as soldiers patrolled the capital. "
    "[[At least 150 people|killed;a=hospital officials]] have been killed since the protests "
    "began, according to hospital officials. The internet blackout was lifted after "
    "{{five days}}.",
)

F(
    "Police count their dead and their burned stations",
    "[[44 police officers|killed;a=police headquarters]] were killed during the uprising, "
    "police headquarters said, and "
    "[[about 450 police stations|housing;u=structure;a=police headquarters]] were attacked, "
    "many of them set on fire. Mobs looted [[nearly 6,000 weapons|other]] from the stations, "
    "of which [[about 4,300|other;n=-;u=other]] have been recovered.",
)

F(
    "Hundreds escape as mob storms Narsingdi jail",
    "[[826 inmates|other;a=the prisons directorate]] escaped when a mob stormed Narsingdi "
    "district jail, the prisons directorate said, [[nine|other;n=-;a=the prisons directorate]] "
    "of them convicted militants. The attackers set fire to the jail and looted "
    "[[85 firearms|other]]. [[More than 300|arrested;n=-]] of the escapees have since "
    "surrendered or been recaptured.",
)

F(
    "Minority council records attacks after Hasina's fall",
    "The Bangladesh Hindu Buddhist Christian Unity Council said it had recorded "
    "[[2,010 incidents|other;u=other;a=The Bangladesh Hindu Buddhist Christian Unity Council]] "
    "of attacks on minorities between {{August 4}} and {{August 20}}, in which "
    "[[nine people|killed;a=The Bangladesh Hindu Buddhist Christian Unity Council]] were "
    "killed. Police said many of the attacks were political rather than religious.",
)

F(
    "Over 2 lakh named in uprising murder cases",
    "[[More than 1,500 cases|other;a=police]] have been filed over killings during the "
    "uprising, naming [[over 2 lakh people|other;v=200000;a=police]] as accused, police said. "
    "Rights groups warned that the cases were being used to extort money, with some families "
    "asked for up to {{5 lakh taka}} to have a name removed.",
)

F(
    "Operation Devil Hunt arrests pass 11,000",
    "Police arrested [[more than 11,000 people|arrested;a=police headquarters]] in the "
    "{{first 12 days}} of Operation Devil Hunt, launched after an attack on student activists "
    "in Gazipur, police headquarters said. [[Between 600 and 700|arrested;n=-]] of those held "
    "are members of the Awami League and its student wing.",
)

F(
    "Five killed as rally violence grips Gopalganj",
    "[[Five people|killed;a=hospital officials]] were killed in clashes in Gopalganj when "
    "Awami League supporters attacked a rally of the National Citizen Party, hospital "
    "officials said. Police arrested [[more than 300 people|arrested]] in the following days, "
    "and a curfew was imposed for {{22 hours}}.",
)

F(
    "Hill Tracts clashes kill four",
    "Communal clashes in Khagrachhari and Rangamati killed "
    "[[four people|killed;a=the army's media wing]] and injured "
    "[[about 50|injured;n=-;a=the army's media wing]], the army's media wing said. "
    "[[More than 100 shops|housing]] in Rangamati town were set on fire. Orders under "
    "{{Section 144}} banning gatherings were imposed in Khagrachhari town.",
)

F(
    "Students mark '36 July' as election date nears",
    "Students marked '{{36 July}}', the name the movement gives to {{August 5}}, with a march "
    "in Dhaka. The taka has held at about {{122 taka}} to the dollar, and inflation has eased "
    "to {{8.5%}}. The interim government has promised an election in {{February 2026}}.",
)

F(
    "Dhaka hospital recalls the bodies it received",
    "Dhaka Medical College Hospital received "
    "[[more than 200 bodies|killed;a=the hospital's director]] in the last {{three weeks}} of "
    "July and treated [[about 3,000 people|injured;a=the hospital's director]] with bullet and "
    "pellet wounds, the hospital's director said.",
)

F(
    "Missing persons office has traced only 16",
    "The Office on Missing Persons has received [[more than 21,000 "
    "complaints|missing;u=person;a=the office;alt=The Office on Missing Persons]] since it "
    "opened in {{2018}} and has traced "
    "[[16 people|missing;a=the office;alt=The Office on Missing Persons]] alive, the office "
    "said.",
)

F(
    "Chemmani grave yields more skeletons",
    "Excavators at Chemmani, near Jaffna, have recovered "
    "[[at least 65 skeletons|killed;a=a court-appointed forensic archaeologist]], among them "
    "[[three children|killed;a=a court-appointed forensic archaeologist]], a court-appointed "
    "forensic archaeologist said. A convicted soldier told a court in {{1998}} that "
    "[[300 to 400 bodies|killed;a=A convicted soldier]] had been buried in the area.",
)

F(
    "Mothers of the disappeared mark 3,000 days of protest",
    "Tamil mothers of the disappeared marked {{3,000 days}} of their roadside protest in "
    "Kilinochchi. Families estimate [[between 60,000 and 100,000 people|missing;a=Families]] "
    "went missing during and after the war, which ended in {{2009}}.",
)

F(
    "Easter bombings toll revised",
    "[[More than 250 people|killed;a=officials]], [[45 of them|killed;n=-;a=officials]] "
    "foreigners, were killed when suicide bombers struck churches and hotels in Colombo, "
    "Negombo and Batticaloa, officials said. [[About 500|injured;n=-]] were wounded. Police "
    "said they had arrested [[more than 100 suspects|arrested;a=Police]].",
)

F(
    "Day of violence in Colombo leaves nine dead",
    "[[Nine people|killed;a=police]] were killed and [[more than 200|injured;n=-;a=police]] "
    "injured as government supporters attacked protesters in Colombo and mobs retaliated "
    "across the country, police said. Rioters set fire to [[more than 70 houses|housing]] "
    "belonging to politicians and to [[dozens of buses|other]] that had brought government "
    "supporters to the capital. A curfew was imposed until {{7 am}} on {{Wednesday, May 11}}.",
)

F(
    "Army to hand back land in Palaly zone",
    "The army will release {{672 acres}} of land in Jaffna's Palaly high-security zone, "
    "allowing [[about 1,200 families|returned;p;a=the president's office]] to go back to their "
    "villages, the president's office said. [[More than 3,000 families|displaced]] from the "
    "zone still live in welfare centres {{35 years}} after they were driven out.",
)

F(
    "Kidnappings haunt the Teknaf hills",
    "Kidnappers have abducted [[more than 200 people|kidnapped;a=police]] in the hills of "
    "Teknaf in {{18 months}}, police said, [[about 120|kidnapped;n=-;a=police]] of them "
    "Rohingya refugees and the rest local villagers. Most were freed after their families paid "
    "ransoms of up to {{3 lakh taka}}. Police rescued [[14 hostages|kidnapped]] in a raid on a "
    "hideout on Tuesday.",
)
