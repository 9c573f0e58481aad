"""dev380 positives, part A: courts, inquiries and prosecutors reporting current violence."""

POSITIVES = [
    (
        "UN Syria inquiry says strikes on Idlib hospitals are continuing 'with impunity'",
        "The UN Commission of Inquiry on Syria said on Wednesday that air strikes on hospitals and markets in Idlib province had continued through the first week of September, despite a truce announced by Moscow. "
        "In an update to the Human Rights Council in Geneva, the three commissioners said they had documented strikes on at least seven medical facilities since late July. "
        "“Pro-government forces continue to strike places where civilians gather, with what appears to be full knowledge of their locations,” commission chair Paulo Pinheiro told reporters. "
        "Local rescuers said a strike on a market in Maarat al-Numan on Monday killed nine people. "
        "The commission said more than 400,000 people had fled towards the Turkish border since the offensive began in April, and that many now sleep in olive groves. "
        "Aid groups say at least 25 hospitals in the area have stopped working. "
        "Russia has denied targeting civilians and says its aircraft strike only militants. "
        "The commission has no power to prosecute, but shares its files with prosecutors in Europe. "
        "Pinheiro said some hospitals had shared their coordinates with the UN's deconfliction system and were hit anyway. "
        "The UN Secretary-General has set up a board of inquiry into those strikes.",
        "E V D H",
        "inquiry_report",
    ),
    (
        "World Court orders Israel to halt Rafah offensive; strikes continue overnight",
        "The International Court of Justice on Friday ordered Israel to immediately halt its military offensive in Rafah, in a 13-2 ruling in the case brought by South Africa. "
        "The judges said the humanitarian situation in the southern Gaza city was now “disastrous” and that earlier provisional measures did not fully address it. "
        "Within hours of the ruling, Israeli aircraft struck several areas of Rafah, residents and the Palestinian civil defence said, and tanks pushed further towards the city centre. "
        "Health officials in Gaza said at least 35 people were killed across the territory over the following 24 hours. "
        "The UN agency for Palestinian refugees said about 800,000 people had fled Rafah since Israeli troops moved in earlier this month. "
        "The court also ordered Israel to keep the Rafah crossing open for aid, which has been shut since it was seized. "
        "Israel's national security adviser said the country would continue operations it considers lawful under international law. "
        "The court has no means of enforcing its orders. "
        "South Africa's lawyers said the ruling left no room for interpretation, while two judges wrote separately that the order still allowed Israel to act against attacks on its territory. "
        "In Jabalia, in the north of the strip, fighting between Israeli troops and Hamas gunmen went on through Saturday, and the army said two soldiers had been killed. "
        "Aid officials said only a handful of trucks had entered through the Kerem Shalom crossing since the start of the month. "
        "The case itself, in which South Africa accuses Israel of genocide, is expected to take years.",
        "M E D H",
        "court_order",
    ),
    (
        "Judges of Afghanistan's top court shot dead in Kabul ambush",
        "Gunmen shot dead two women judges of Afghanistan's Supreme Court in Kabul on Sunday morning as they were driven to work, a court spokesman said. "
        "Their driver was wounded in the attack, which took place in the Qala-e-Fatullah area, police said. "
        "No group immediately claimed responsibility, but government officials blamed the Taliban, who denied involvement. "
        "About 200 women serve as judges in Afghanistan, and several have said in recent months that they receive threats. "
        "The killings are the latest in a wave of targeted attacks on journalists, activists, prosecutors and judges in the capital. "
        "The US chargé d'affaires called the attack terrorism and said the Taliban must answer for the rising violence. "
        "Peace talks between the government and the Taliban in Doha have stalled.",
        "V T",
        "targeted_killing",
    ),
    (
        "Suicide bomber hits Quetta hospital as lawyers mourn slain bar president",
        "A suicide bomber blew himself up among a crowd of lawyers at Quetta's Civil Hospital on Monday, killing at least 70 people, officials in Balochistan said. "
        "The lawyers had gathered at the emergency ward where the body of Bilal Anwar Kasi, president of the provincial bar association, had been brought after he was shot dead on his way to court that morning. "
        "A television cameraman was among the dead, and dozens of people were wounded. "
        "“We have lost almost a whole generation of the province's lawyers in one morning,” a senior advocate told local reporters. "
        "A faction of the Pakistani Taliban, Jamaat-ul-Ahrar, claimed the bombing, and Islamic State also said it was behind it. "
        "Lawyers across Pakistan announced a boycott of the courts and three days of mourning. "
        "The army chief flew to the city and ordered a combing operation in its outskirts. "
        "Hospital staff said the emergency ward had been left with blood on the floor and broken glass, and that two of the doctors on duty were among the wounded. "
        "Many of the dead were senior members of the Balochistan Bar Council, including its former president. "
        "Balochistan has seen a long insurgency by separatist groups as well as attacks by Islamist militants on Shia Hazaras, police and officials. "
        "The Supreme Court's chief justice said he would take up the security of lawyers and courts at a special hearing.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Caracas fact-finding mission says post-election crackdown has killed at least 23",
        "The UN's independent fact-finding mission on Venezuela said on Tuesday that at least 23 people had been killed and about 2,000 detained since protests broke out over the disputed July 28 presidential result. "
        "Most of the deaths were caused by gunfire, the mission said, and in several cases witnesses identified members of the National Guard or armed pro-government groups known as colectivos. "
        "Detentions were continuing, it said, including of teenagers picked up at their homes at night. "
        "“What we are seeing is an intensification of the machinery of repression,” mission chair Marta Valiñas said. "
        "Lawyers for the detained say they have been barred from hearings held by videolink, with prosecutors seeking terrorism charges. "
        "The government of Nicolás Maduro has called the protesters violent criminals and says two soldiers were killed in the unrest. "
        "The mission's full report is due before the Human Rights Council in September. "
        "In Caracas, relatives of detainees have queued for days outside the Tocorón and Tocuyito prisons, to which hundreds of people were moved. "
        "The attorney general, Tarek William Saab, said on Monday that more arrests would follow.",
        "U V",
        "crackdown",
    ),
    (
        "Lawyer hacked to death outside Chattogram court as clashes follow monk's bail hearing",
        "A lawyer was hacked to death outside a court in Chattogram on Tuesday as police and supporters of a detained Hindu monk clashed after a judge refused him bail, police said. "
        "Saiful Islam Alif, an assistant public prosecutor, was dragged from a lane near the court and attacked with machetes, colleagues said. "
        "Police fired tear gas and sound grenades to disperse several thousand people who had surrounded a prison van carrying the monk, Chinmoy Krishna Das, for more than two hours. "
        "At least 10 police officers were injured, a police spokesman said. "
        "Lawyers boycotted courts across the port city on Wednesday and demanded the arrest of the killers. "
        "The interim government's chief adviser called for calm and ordered an investigation. "
        "Das was arrested on sedition charges on Monday over an incident involving a flag at a rally in October.",
        "U V",
        "communal_clash",
    ),
    (
        "Prosecutor investigating TV station siege shot dead in Guayaquil",
        "The Ecuadorian prosecutor leading the investigation into the armed takeover of a television station was shot dead in Guayaquil on Wednesday, the attorney general's office said. "
        "César Suárez was killed when gunmen fired on his car as he drove to a hearing, days after the government declared an “internal armed conflict” against 22 gangs it designated as terrorist organisations. "
        "Masked gunmen stormed the TC Televisión studios last week during a live broadcast, and at least 16 people have been killed since in attacks on police and prisons. "
        "Suárez was also handling a corruption case that reached the country's courts and prisons. "
        "“Organised crime groups will not stop us,” Attorney General Diana Salazar said. "
        "Soldiers are patrolling the streets of the main cities under a state of emergency, and the army says it has arrested more than 1,500 people. "
        "President Daniel Noboa said the killing would not go unpunished.",
        "V T M",
        "targeted_killing",
    ),
    (
        "Gangs seize Port-au-Prince courthouse, burn case files",
        "Gang members took over the Palais de Justice in Port-au-Prince on Sunday after heavy fighting in the surrounding Bicentenaire district, Haiti's judges' association said. "
        "Witnesses said armed men looted offices, removed evidence and set fire to case files as the last guards withdrew. "
        "The courthouse sits between two areas controlled by rival coalitions, which have fought for the district for a week. "
        "At least 89 people have been killed in the fighting, according to the UN, and about 3,000 residents have fled to schools and churches. "
        "“The country's justice system is physically in the hands of bandits,” said the head of the Port-au-Prince bar. "
        "Police said they had launched an operation to retake the building but were met with heavy gunfire. "
        "Court hearings have been suspended indefinitely and moved in part to a temporary site in Pétion-Ville. "
        "Lawyers said thousands of pre-trial detainees would now wait even longer for their cases to be heard. "
        "The prime minister's office said the government would rebuild the courthouse “as soon as security allows”.",
        "B V D",
        "gang_fighting",
    ),
    (
        "Myanmar investigators say air strikes on villages have sharply increased",
        "Air strikes on villages, schools and monasteries in Myanmar have sharply increased over the past year, the UN's Independent Investigative Mechanism for Myanmar said in its annual report on Tuesday. "
        "The mechanism, set up to collect evidence for future prosecutions, said it had gathered information on strikes that killed dozens of civilians at a time, including at a camp for displaced people in Kachin State. "
        "It also cited evidence that captured fighters and civilians were executed, some filmed by their killers. "
        "“Perpetrators should know they cannot continue to act with impunity,” head of the mechanism Nicholas Koumjian said. "
        "In Rakhine State, fighting between the military and the Arakan Army has forced tens of thousands of Rohingya to flee, with reports of beheadings and villages burned. "
        "The investigators are sharing evidence with the ICJ case brought by The Gambia and with prosecutors in Argentina. "
        "The military government did not respond to a request for comment.",
        "E V D B",
        "inquiry_report",
    ),
    (
        "Ukraine opens war-crimes case as missile hits Kyiv children's hospital",
        "Ukraine's Prosecutor General's Office opened a war-crimes investigation on Monday after a Russian missile struck Okhmatdyt, the country's largest children's hospital, during a wave of daytime strikes on Kyiv. "
        "At least 33 people were killed across the capital and more than 100 wounded, the city's military administration said, among them two adults at the hospital. "
        "Children undergoing dialysis and cancer treatment were moved into the street and then to other hospitals. "
        "Prosecutor General Andriy Kostin said investigators were collecting missile fragments which, according to the SBU security service, belonged to a Kh-101 cruise missile. "
        "“This is a deliberate blow against the most vulnerable,” Kostin said. "
        "Russia's defence ministry said it had struck military-industrial targets and blamed Ukrainian air defences for the damage. "
        "The UN human rights monitoring mission said its analysis pointed to a direct hit. "
        "The Security Council was due to meet on Tuesday.",
        "E V H",
        "strike_probe",
    ),
    (
        "UN inquiry finds genocide in Gaza as Israel presses Gaza City assault",
        "An independent UN commission of inquiry concluded on Tuesday that Israel has committed genocide in Gaza, the strongest finding yet by a UN body. "
        "The report was released as Israeli troops and tanks pushed into Gaza City in a ground offensive that the military says is aimed at Hamas's last strongholds. "
        "Residents described a night of heavy bombardment, and the Gaza health ministry said at least 60 people were killed across the territory on Tuesday. "
        "Tens of thousands of people have streamed south along the coastal road in recent days, the UN said. "
        "“Genocide is occurring in Gaza,” commission chair Navi Pillay told reporters in Geneva. "
        "Israel's foreign ministry rejected the report as “distorted and false” and said the commission's members were acting as proxies for Hamas. "
        "The commission has no judicial power, but its findings can be used in cases before national courts and the ICJ.",
        "E M D V",
        "inquiry_report",
    ),
    (
        "Sudan fact-finding mission says RSF killings around El Fasher are ongoing",
        "Rapid Support Forces fighters are still killing civilians in villages around El Fasher, the UN's fact-finding mission for Sudan said on Friday, warning that the pattern resembled the massacres in El Geneina two years ago. "
        "The mission's chair, Mohamed Chande Othman, said investigators had received accounts of men taken from their homes and shot in recent weeks, and of women raped on the roads out of the city. "
        "The city itself remains under siege, and shelling of the Abu Shouk displacement camp has continued this month, the mission said. "
        "“There is no end in sight to the suffering of civilians,” Othman told the Human Rights Council. "
        "About 400,000 people have fled the nearby Zamzam camp since it was overrun in April, according to the International Organization for Migration. "
        "The RSF says its forces are only fighting the army and allied militias. "
        "The mission urged the Security Council to extend the arms embargo to the whole of Sudan.",
        "V E D B",
        "inquiry_report",
    ),
    (
        "Yemen experts' report lands as coalition pushes into Hodeidah",
        "UN experts investigating Yemen's war said on Tuesday that all sides may have committed war crimes, as Saudi-led coalition forces pressed an offensive on the port of Hodeidah. "
        "The Group of Eminent Experts, in its first report, said coalition air strikes had hit weddings, funerals and markets and that the Houthis had shelled residential areas of Taiz. "
        "Fighting on the southern edge of Hodeidah intensified over the weekend, with residents reporting heavy air strikes near the university. "
        "The World Food Programme said the fighting threatened the route that carries most of the country's food imports. "
        "More than 450,000 people have fled the province since June, according to the UN. "
        "The coalition rejected the report's findings on its strikes and said it would study the document. "
        "The experts urged the Security Council to refer the situation to the International Criminal Court.",
        "B E D H",
        "inquiry_report",
    ),
    (
        "Ethiopia rights commission says drone strike killed civilians in Amhara market",
        "The Ethiopian Human Rights Commission said on Monday that a drone strike on a market in Finote Selam killed at least 26 civilians last week, as fighting between federal forces and Fano militias spread across Amhara region. "
        "The state-appointed commission said the strike hit a bus station and a busy street in the town on Sunday morning. "
        "It also reported extrajudicial killings of civilians by soldiers during house-to-house searches in Bahir Dar and Shewa Robit. "
        "“We call on all parties to immediately stop attacks on civilians,” the commission's chief said in a statement. "
        "A state of emergency declared in August gives the government wide powers of arrest, and lawyers say thousands of ethnic Amhara have been detained in Addis Ababa. "
        "The government has not commented on the strike. "
        "Internet access in the region has been cut for more than a month.",
        "E V B",
        "airstrike",
    ),
    (
        "Burkina Faso: UN rights chief calls for probe after Barsalogho massacre",
        "The UN High Commissioner for Human Rights called on Friday for a prompt and independent investigation into an attack on the town of Barsalogho in central Burkina Faso last weekend. "
        "Fighters of the al-Qaeda-linked JNIM attacked residents who had been ordered by the army to dig trenches around the town, and rights groups put the death toll at several hundred. "
        "Video shared by the militants showed bodies lying in the trenches. "
        "Volker Türk said the residents' forced role in the defence works raised serious questions about the obligation to protect civilians. "
        "Survivors told Human Rights Watch that many people were shot as they tried to run. "
        "The junta has not given a toll and has banned reporting on the attack. "
        "Lawyers in Ouagadougou say several people who criticised the army online after the massacre have been conscripted.",
        "T V",
        "massacre",
    ),
    (
        "South Sudan commission says barrel bombs used in Upper Nile as fighting spreads",
        "The UN Commission on Human Rights in South Sudan said on Wednesday that government forces had dropped improvised barrel bombs on villages in Upper Nile state this month, killing civilians including children. "
        "The commission said bombing around Nasir and Ulang followed clashes between the army and the White Army, a mainly Nuer youth militia. "
        "“These attacks are pushing the country back towards full-scale war,” commission chair Yasmin Sooka said. "
        "Aid agencies say at least 50,000 people have fled the area, some across the border into Ethiopia's Gambella region. "
        "The arrest of First Vice-President Riek Machar has raised fears that the 2018 peace agreement could collapse. "
        "The government's information minister said the army was responding to an attack on its garrison. "
        "The commission urged the African Union to set up the hybrid court promised under the peace deal.",
        "E B D",
        "inquiry_report",
    ),
]
