"""dev16 texts: conflict and political violence, parts 1 and 2.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- conflict and political violence, part 1
    (
        "Nigeria: gunmen storm village market in Plateau state",
        "Gunmen on motorcycles opened fire on a crowded market in Bokkos district on {{Sunday evening}}, killing [[at least 38 people|killed;a=a local government official]], a local government official said. "
        "[[Twenty-two others|injured;a=the state police command]] were taken to hospital in Jos, the state police command said, and [[about 150 households|displaced;a=residents]] fled to the district headquarters, according to residents. "
        "Attackers also set fire to [[64 homes|housing]].",
    ),
    (
        "Somalia: car bomb hits checkpoint near Mogadishu airport",
        "A car bomb exploded at a checkpoint on the road to Mogadishu's Aden Adde airport on {{14 October 2022}}, killing [[nine people|killed;a=police]], among them [[four soldiers|killed;a=police]], police said. "
        "Al-Shabaab claimed the attack, saying its fighters had killed [[more than 20|killed;a=Al-Shabaab]]. "
        "[[Fourteen wounded|injured;n=wounded;a=a doctor at Medina hospital]] were admitted, a doctor at Medina hospital said.",
    ),
    (
        "Colombia: armed strike confines rural communities in Choco",
        "An armed strike called by the ELN has confined [[some 12,000 people|civilians;a=the Ombudsman's Office]] in [[26 communities|other;u=other;a=the Ombudsman's Office]] along the San Juan river, the Ombudsman's Office said on {{Tuesday}}. "
        "Boats cannot travel after {{6 p.m.}}, and [[nearly 900 schoolchildren|civilians]] have missed classes for {{two weeks}}.",
    ),
    (
        "Ukraine: missile strike on Dnipro apartment block",
        "A Russian missile hit a {{nine-storey}} apartment block in Dnipro, killing [[at least 46 people|killed;a=regional governor Serhiy Lysak]], including [[six children|killed;a=regional governor Serhiy Lysak]], regional governor Serhiy Lysak said in {{January 2023}}. "
        "Rescuers pulled [[39 people|other;a=the State Emergency Service]] alive from the rubble, and [[about 20|missing;a=the State Emergency Service]] were still unaccounted for, the State Emergency Service said. "
        "[[Seventy-two apartments|housing;u=structure]] were destroyed.",
    ),
    (
        "DR Congo: ADF rebels kill villagers near Beni",
        "Suspected ADF rebels killed [[at least 31 civilians|killed;a=the local civil society coordination]] with machetes and guns in two villages near Beni overnight, the local civil society coordination said. "
        "[[Eleven people|kidnapped;a=the coordination;alt=the local civil society coordination]] were taken into the forest, the coordination added, and [[more than 2,000 residents|displaced;a=the coordination;alt=the local civil society coordination]] have since fled to Oicha.",
    ),
    (
        "Pakistan: suicide bomber targets police station in Khyber Pakhtunkhwa",
        "A suicide bomber rammed an explosives-laden vehicle into a police station in Bannu before dawn, killing [[12 police officers|killed;a=officials]] and wounding [[nine|injured;a=officials]], officials said. "
        "A gunbattle with [[five remaining attackers|combatants;a=the military's media wing]] lasted {{six hours}} before all were killed, the military's media wing said. "
        "The Pakistani Taliban claimed the attack, the {{third}} on the station in {{2023}}.",
    ),
    (
        "Myanmar: junta airstrike hits village gathering in Sagaing",
        "A junta airstrike on a ceremony in Pazigyi village in {{April 2023}} killed [[more than 160 people|killed;a=the National Unity Government]], including [[about 40 children|killed;a=the National Unity Government]], according to the National Unity Government. "
        "Survivors said a fighter jet dropped bombs on the crowd at {{about 8 a.m.}} and a helicopter then fired on people fleeing. "
        "[[Hundreds of villagers|displaced]] have since moved to nearby forests.",
    ),
    (
        "Haiti: gang attack on Pont-Sonde leaves dozens dead",
        "Members of the Gran Grif gang attacked the town of Pont-Sonde in the Artibonite in {{October 2024}}, killing [[at least 115 people|killed;a=the UN human rights office]], the UN human rights office said. "
        "The IOM said [[more than 6,270 people|displaced;a=The IOM]] had fled to Saint-Marc, where [[four sites|capacity;u=other;a=The IOM]] have been set up. "
        "[[Forty-five houses|housing;a=local officials]] and [[34 vehicles|other;a=local officials]] were set on fire, local officials said.",
    ),
    (
        "Mali: JNIM attack on Bamako gendarmerie school",
        "Jihadists linked to al-Qaeda attacked a gendarmerie training school and the military airport in Bamako on {{17 September 2024}}, killing [[more than 70 people|killed;a=security sources]], most of them trainee gendarmes, security sources told AFP. "
        "JNIM said its fighters had destroyed [[six aircraft|other;a=JNIM]]. "
        "The army said [[15 suspects|arrested;a=The army]] had been detained in the city.",
    ),
    (
        "Kenya: protesters storm parliament over finance bill",
        "Police fired live rounds as protesters broke into parliament in Nairobi on {{25 June 2024}}, during demonstrations against tax rises worth {{346 billion shillings}}. "
        "[[At least 23 people|killed;a=the Kenya Medical Association]] were killed across the country and [[more than 300|injured;a=the Kenya Medical Association]] were injured, the Kenya Medical Association said. "
        "Rights groups said [[over 50 protesters|kidnapped;a=Rights groups]] had been abducted by plain-clothes officers.",
    ),
    (
        "Sudan: RSF attack on Zamzam camp",
        "The Rapid Support Forces stormed Zamzam camp south of El Fasher in {{April 2025}}, killing [[more than 400 people|killed;a=the UN]], according to the UN. "
        "The IOM said [[up to 400,000 people|displaced;a=The IOM]] had fled the camp towards Tawila, {{60 km}} away.",
    ),
    (
        "Israel-Gaza: strike on school shelter in Gaza City",
        "An Israeli strike on a school used as a shelter in Gaza City's al-Daraj district killed [[at least 22 people|killed;a=the Civil Defence agency]], among them [[13 children|killed;a=the Civil Defence agency]], the Civil Defence agency said. "
        "The school housed [[about 1,500 displaced people|displaced;a=the agency;alt=the Civil Defence agency]], the agency said. "
        "The Israeli military said it had struck a Hamas command room inside the compound.",
    ),
    (
        "Burkina Faso: attack on army convoy near Djibo",
        "Jihadists ambushed a supply convoy escorted by the army near Djibo, killing [[27 soldiers|killed;a=the army]] and [[10 volunteers|killed;a=the army]] of the civilian defence force, the army said. "
        "[[About 70 assailants|combatants;a=the army]] were also killed, it said. "
        "[[Some 50 trucks|aid]] carrying food for the besieged town had been in the convoy.",
    ),
    (
        "India: ethnic clashes in Manipur displace thousands",
        "Violence between the Meitei and Kuki-Zo communities in Manipur has killed [[at least 60 people|killed;a=Chief Minister Biren Singh]] since {{May 3}}, Chief Minister Biren Singh said. "
        "[[More than 35,000 people|displaced;a=officials]] are living in [[272 relief camps|capacity;a=officials]], officials said, and [[10,000 army and paramilitary troops|combatants;a=officials]] have been deployed.",
    ),
    # ---------------------------------------------------------------- conflict and political violence, part 2
    (
        "Syria: shelling of Idlib market kills shoppers",
        "Government artillery shells struck a vegetable market in Sarmin in {{November 2019}}, killing [[16 civilians|killed;a=the White Helmets]], among them [[five children|killed;a=the White Helmets]], the White Helmets said. "
        "The Syrian Observatory for Human Rights put the toll at [[19|killed;a=The Syrian Observatory for Human Rights]]. "
        "[[Dozens|injured]] were wounded.",
    ),
    (
        "Afghanistan: blast at Kabul mosque during Friday prayers",
        "An explosion tore through a Shia mosque in Kabul during Friday prayers, killing [[at least 21 worshippers|killed;a=a Taliban spokesman]] and injuring [[33|injured;a=a Taliban spokesman]], a Taliban spokesman said. "
        "The Islamic State's local affiliate claimed the bombing, the {{second}} attack on a mosque in the capital in {{10 days}}.",
    ),
    (
        "Ethiopia: drone strike hits market in Amhara region",
        "A drone strike on a busy market in Finote Selam in {{August 2023}} killed [[at least 26 people|killed;a=a doctor at the town's hospital]] and wounded [[55|injured;a=a doctor at the town's hospital]], a doctor at the town's hospital told Reuters. "
        "Fighting between federal troops and Fano militiamen has forced [[tens of thousands|displaced;a=aid workers]] from their homes in the region, aid workers said.",
    ),
    (
        "Mozambique: insurgents attack Palma",
        "Islamist insurgents attacked the coastal town of Palma in {{March 2021}}, killing [[dozens of people|killed;a=the government]], the government said. "
        "[[About 180 workers|civilians;a=security sources]] were trapped in the Amarula hotel before a convoy tried to break out, security sources said. "
        "The UN said [[more than 11,000 people|displaced;a=The UN]] had fled by boat and on foot to Pemba and Mueda.",
    ),
    (
        "Yemen: Houthi missile hits Marib displacement camp",
        "A ballistic missile fired by the Houthis hit a camp for displaced people in Marib city, killing [[five people|killed;a=the local authorities]], including [[two girls|killed;a=the local authorities]], the local authorities said. "
        "Marib hosts [[about one million displaced people|displaced;v=1000000;a=the UNHCR]] in [[more than 130 sites|capacity;a=the UNHCR]], according to the UNHCR.",
    ),
    (
        "Cameroon: separatists burn school in Northwest region",
        "Separatist fighters set fire to a secondary school in Bamenda and abducted [[six pupils|kidnapped;a=the regional governor]] and [[two teachers|kidnapped;a=the regional governor]], the regional governor said on {{Monday}}. "
        "[[More than 700,000 children|civilians;a=UNICEF]] in the two Anglophone regions have been out of school since {{2017}}, according to UNICEF.",
    ),
    (
        "Iraq: rockets target base hosting US troops",
        "[[Three rockets|other;a=the security media cell]] landed inside Ain al-Asad air base in Anbar province overnight, the security media cell said, causing no casualties. "
        "[[About 2,500 US troops|combatants]] remain in Iraq under an agreement to end the coalition's mission by {{September 2025}}.",
    ),
    (
        "Nigeria: kidnapped schoolchildren freed in Kaduna",
        "[[The 137 pupils|kidnapped;a=Governor Uba Sani]] abducted from a school in Kuriga in {{March 2024}} have been freed, Governor Uba Sani said. "
        "The gunmen had first seized [[287 pupils|kidnapped;a=the school's headmaster]] according to the school's headmaster, but the count was revised after [[dozens|kidnapped;a=the school's headmaster]] were found to have escaped on the day. "
        "[[One teacher|killed]] died in captivity.",
    ),
    (
        "Bangladesh: deadly clashes during student protests",
        "Police fired tear gas and rubber bullets at students protesting against job quotas in Dhaka, and clashes spread to [[at least 20 districts|other;a=local media]], local media reported. "
        "[[At least 32 people|killed;a=hospital officials]] were killed on {{Thursday}}, hospital officials said. "
        "Authorities cut mobile internet and imposed a curfew from {{midnight}}, and [[about 1,000 people|arrested;a=police]] were detained, police said.",
    ),
    (
        "Niger: soldiers killed in ambush near Mali border",
        "[[Twenty-nine soldiers|killed;a=the defence ministry]] were killed when some [[100 terrorists|combatants;a=the defence ministry]] on motorcycles attacked their unit near Tassia in the Tillaberi region, the defence ministry said in {{October 2023}}. "
        "[[Two soldiers|injured;a=the defence ministry]] were seriously wounded, it said.",
    ),
    (
        "Lebanon: Israeli strikes displace residents of the south",
        "Israeli strikes on southern Lebanon and the Bekaa valley on {{23 September 2024}} killed [[558 people|killed;a=the health ministry]], including [[50 children|killed;a=the health ministry]], the health ministry said, the deadliest day since the {{1975-1990}} civil war. "
        "[[Tens of thousands of people|displaced]] drove north, jamming the coastal highway for hours, and schools in Beirut were opened as shelters.",
    ),
    (
        "South Sudan: Pibor youths raid Jonglei cattle camps",
        "Armed youths from Pibor raided cattle camps in Jonglei state, killing [[at least 56 people|killed;a=the county commissioner]] and taking [[about 3,000 cattle|other;a=the county commissioner]], the county commissioner said. "
        "[[Seventeen women and children|kidnapped;n=women and children;a=the commissioner;alt=the county commissioner]] were abducted, the commissioner added.",
    ),
    (
        "Philippines: soldiers killed in clash with Abu Sayyaf on Jolo",
        "[[Seven soldiers|killed;a=the military]] were killed and [[14|injured;a=the military]] wounded in a firefight with [[about 40 Abu Sayyaf gunmen|combatants;a=the military]] near Patikul, the military said. "
        "The clash lasted more than {{an hour}}.",
    ),
    (
        "Israel: Hamas attack on southern communities",
        "Hamas gunmen who crossed from Gaza on {{7 October 2023}} killed [[about 1,200 people|killed;a=Israeli officials]] and took [[251 hostages|kidnapped;a=Israeli officials]] back into the territory, Israeli officials said. "
        "In Kibbutz Be'eri alone, [[more than 100 residents|killed]] were killed.",
    ),
    (
        "Mexico: cartel gunmen ambush police in Michoacan",
        "Gunmen believed to belong to the Jalisco New Generation Cartel ambushed a police convoy in El Aguaje, killing [[13 officers|killed;a=state authorities]], state authorities said. "
        "[[Four patrol vehicles|other]] were set alight, and [[another nine officers|injured]] escaped with wounds.",
    ),
]
