"""dev380 positives, part B: crackdowns on courts and lawyers, riots after rulings, probes of strikes."""

POSITIVES = [
    (
        "ICC prosecutor opens Ukraine investigation as Kharkiv shelling intensifies",
        "The International Criminal Court's prosecutor said on Wednesday he had opened an investigation into possible war crimes in Ukraine, after 39 member states referred the situation to the court. "
        "Karim Khan said his office would look at crimes committed since 2014 and at any new ones, including in the fighting now under way. "
        "The announcement came as Russian artillery and missiles pounded residential districts of Kharkiv for a third day, and a strike hit the regional administration building in the city centre. "
        "Ukraine's emergency service said at least 21 people were killed in Kharkiv in 24 hours. "
        "The UN refugee agency said more than 870,000 people had fled Ukraine in under a week. "
        "“If attacks are intentionally directed against the civilian population, that is a crime,” Khan said. "
        "Russia is not a member of the court and does not recognise its jurisdiction. "
        "An advance team of investigators was due to leave for the region within days. "
        "Kharkiv's mayor said residents were spending nights in metro stations and that food deliveries to some districts had stopped. "
        "In Kyiv, a strike on the television tower killed five people, officials said.",
        "E M D",
        "investigation_opened",
    ),
    (
        "Lebanon to file complaint at UN after strike kills Reuters cameraman",
        "Lebanon's caretaker government said on Saturday it would file a complaint with the UN Security Council over an Israeli strike that killed a Reuters videographer near the southern border a day earlier. "
        "Issam Abdallah was killed and six other journalists from Reuters, AFP and Al Jazeera were wounded when two projectiles hit the group on a hilltop near Alma al-Shaab, where they were filming cross-border shelling. "
        "The journalists were wearing vests marked “press”, colleagues said. "
        "Prime Minister Najib Mikati called the strike a deliberate attack and ordered the foreign ministry to document it. "
        "The Israeli military said it was aware of the incident and was looking into it. "
        "Exchanges of fire between Hezbollah and Israeli forces continued along the border on Saturday, and the Lebanese army said shells landed on the outskirts of several villages. "
        "Press freedom groups called for an independent investigation. "
        "Reuters said it was urgently seeking more information and working with authorities in the region. "
        "Abdallah, 37, had covered conflicts across the Middle East for the agency for 16 years.",
        "E V",
        "strike_probe",
    ),
    (
        "Tripoli clashes erupt after killing of militia chief; UN mission demands inquiry",
        "Heavy fighting broke out across central Tripoli overnight after the leader of one of the Libyan capital's most powerful armed groups was killed, residents and officials said. "
        "Abdelghani al-Kikli, head of the Stability Support Apparatus, was killed at a military camp in the Abu Salim district, and forces aligned with the Government of National Unity then moved against his group's positions. "
        "Gunfire and explosions were heard until dawn, and the health ministry said at least six bodies had been brought to hospitals. "
        "The UN Support Mission in Libya called for an immediate halt to the fighting and for an investigation into any attacks on civilians. "
        "Universities and schools were closed on Tuesday, and several flights were diverted to Misrata. "
        "On Friday hundreds of people marched in the city's Martyrs' Square demanding the prime minister's resignation, and one police officer was killed when protesters tried to storm his office, the government said. "
        "The ICC's deputy prosecutor said the court's Libya investigation remained open.",
        "B U",
        "clashes",
    ),
    (
        "ICC prosecutor warns M23 as rebels take Goma, bodies lie in streets",
        "The International Criminal Court's prosecutor said on Monday that his office was closely following events in eastern Congo, as M23 rebels backed by Rwanda took control of most of Goma. "
        "Residents said bodies lay in the streets after a night of gunfire and shelling around the airport and the city centre. "
        "The UN said hospitals were overwhelmed with wounded and that a maternity ward had been hit. "
        "Hundreds of thousands of people who had already fled to camps around the city were on the move again, aid agencies said. "
        "The prosecutor's office, which reopened its investigation into North Kivu last year, said anyone committing crimes under the Rome Statute would be held responsible. "
        "Inmates escaped from Munzenze prison as fighting reached the city, and a fire broke out there. "
        "Rwanda denies supporting the rebels and says its security is threatened by militias in Congo. "
        "Congolese soldiers and allied militias, known as Wazalendo, were still holding out in parts of the city on Monday afternoon, according to a UN official. "
        "At least three peacekeepers from South Africa and one from Uruguay were killed in fighting near Sake over the weekend. "
        "Congo's foreign minister told the Security Council that the offensive amounted to a “declaration of war” by Rwanda. "
        "The World Food Programme said it had suspended its operations in Goma and that its warehouses were cut off. "
        "Lawyers for victims' groups in Kinshasa urged the court to issue arrest warrants quickly.",
        "B E D H",
        "rebel_offensive",
    ),
    (
        "Belarus lawyers detained as riot police break up Minsk protests",
        "Police in Minsk detained more than 600 people on Sunday as tens of thousands marched against Alexander Lukashenko for a fourth week, and riot police beat demonstrators with truncheons in several districts, the Viasna human rights group said. "
        "Among those held were two lawyers who had represented opposition figures, Viasna said. "
        "On Friday the Minsk Bar Association said several of its members had been stopped outside courts and searched. "
        "“They want to make sure no one can defend the people they arrest,” a lawyer for detained protesters said by telephone. "
        "The interior ministry said those detained had taken part in unauthorised gatherings. "
        "More than 7,000 people were detained in the days after the August 9 election, and many have described beatings in custody.",
        "U",
        "crackdown",
    ),
    (
        "Imran Khan arrested at Islamabad High Court; supporters storm army buildings",
        "Paramilitary Rangers arrested former Pakistani prime minister Imran Khan inside the Islamabad High Court on Tuesday, dragging him from the building where he had come to seek bail in a corruption case. "
        "Within hours, his supporters attacked army buildings, including the residence of a senior commander in Lahore, which was set on fire. "
        "Police fired tear gas and rubber bullets at crowds in Karachi, Peshawar and Rawalpindi, where protesters broke through the gate of the army's headquarters. "
        "At least four people were killed, officials said, and the government suspended mobile internet across the country. "
        "The high court's chief justice called the manner of the arrest deplorable but later ruled it lawful. "
        "Khan's party said its workers were peaceful and blamed “agents” for the violence. "
        "The army said the attacks were a “black chapter” and that those involved would be tried. "
        "Troops were deployed in Punjab and Khyber Pakhtunkhwa at the request of the provincial governments. "
        "Khan was produced before an accountability court on Wednesday in a police guesthouse that had been declared a courtroom for the day.",
        "U",
        "riot",
    ),
    (
        "Senegal: 16 dead in riots after Sonko sentenced for 'corrupting youth'",
        "At least 16 people have been killed in two days of riots in Senegal since opposition leader Ousmane Sonko was sentenced to two years in prison, the government said on Saturday. "
        "A Dakar criminal court acquitted Sonko of rape but convicted him of corrupting a young person, a ruling that could bar him from next year's presidential election. "
        "Protesters set fire to buses, petrol stations and a university building, and police fired tear gas in several neighbourhoods of the capital and in Ziguinchor. "
        "Amnesty International said armed men in civilian clothes were seen firing on demonstrators alongside the police. "
        "The government restricted access to social media and deployed the army in parts of Dakar. "
        "Sonko's lawyers said he had not been notified of the judgment and was held at his home by security forces. "
        "The interior minister said the unrest was an attempt to destabilise the state.",
        "U",
        "riot",
    ),
    (
        "South Africa deploys 25,000 troops as unrest after Zuma's jailing spreads",
        "South Africa will deploy 25,000 soldiers to quell violence and looting that erupted after former president Jacob Zuma began a 15-month sentence for contempt of court, the presidency said on Thursday. "
        "At least 117 people have been killed in KwaZulu-Natal and Gauteng provinces, many in stampedes during looting, police said. "
        "Rioters have burned warehouses, trucks and shopping centres, and blocked the N3 highway between Durban and Johannesburg. "
        "In Phoenix, north of Durban, armed residents set up roadblocks, and police are investigating the killing of at least 20 people there. "
        "President Cyril Ramaphosa said the violence was planned and amounted to an attempted insurrection. "
        "The Constitutional Court, which jailed Zuma for refusing to appear before a corruption inquiry, heard his application to rescind the sentence on Monday. "
        "More than 2,200 people have been arrested. "
        "In Durban, queues formed outside the few supermarkets still open, and fuel was running short because tankers could not travel. "
        "Hospitals in KwaZulu-Natal said they had postponed routine operations to cope with gunshot wounds. "
        "Zuma's foundation said it was not responsible for the violence but that his jailing had been unjust. "
        "Police Minister Bheki Cele said 12 people had been identified as instigators and that some had been arrested. "
        "Economists said the looting could cost the economy billions of rand and hurt a fragile recovery from the pandemic.",
        "U",
        "riot",
    ),
    (
        "Kenyan court bars police from using live bullets as protest deaths rise",
        "Kenya's High Court on Friday temporarily barred police from using live ammunition, tear gas and water cannon against peaceful demonstrators, a day after officers shot dead at least two protesters in Nairobi. "
        "The Kenya National Commission on Human Rights said 39 people had been killed since protests against tax increases began, most of them by police gunfire. "
        "Justice Chacha Mwita also barred officers from wearing masks or hiding their identity while policing protests. "
        "On Thursday, police fired tear gas in the capital's business district and clashed with protesters who threw stones and set up burning barricades. "
        "“The court has said what we have been saying for weeks,” said a lawyer with the Law Society of Kenya, whose members have represented detainees. "
        "The society has said dozens of young people were abducted by plainclothes officers and some are still missing. "
        "Police said officers acted in self-defence and that some protesters were criminals who looted shops. "
        "Last week, protesters briefly broke into the parliament building in Nairobi and set part of it on fire, and police fired on the crowd outside. "
        "President William Ruto has since withdrawn the finance bill and dissolved his cabinet, but the protests have continued, with demands that he resign. "
        "The order will remain in force until a full hearing later this month.",
        "U V",
        "crackdown",
    ),
    (
        "Iran executes second protester as lawyers denied access to detainees",
        "Iran on Monday publicly hanged a 23-year-old man convicted of killing two members of the Basij militia during protests, the second execution linked to the unrest in less than a week. "
        "Majidreza Rahnavard was hanged from a crane in the city of Mashhad, the judiciary's Mizan news agency said, 23 days after his arrest. "
        "Rights groups said he was tortured into a confession and tried by a revolutionary court without a lawyer of his choosing. "
        "At least a dozen other protesters have been sentenced to death, and security forces continued to fire on demonstrators in Kurdish cities over the weekend, according to the Hengaw rights group. "
        "Iran Human Rights, based in Oslo, says at least 488 protesters have been killed since September. "
        "Several lawyers who represented detained protesters have themselves been arrested. "
        "The judiciary says the trials were fair and the defendants confessed.",
        "V U",
        "execution",
    ),
    (
        "Colombia's peace court orders protection after three more ex-FARC signatories killed",
        "Colombia's Special Jurisdiction for Peace ordered the government on Tuesday to reinforce protection for former FARC fighters after three more were killed in the past two weeks, bringing the total since the 2016 peace deal to more than 400. "
        "The latest victim, a former commander who ran a coffee cooperative, was shot dead in front of his family in Cauca on Sunday, the UN verification mission said. "
        "Another was killed by gunmen in Putumayo, where dissident factions and drug-trafficking groups are fighting for control of coca routes. "
        "The court, known as the JEP, said the state had failed to comply with earlier protection orders. "
        "“Those who laid down their weapons are being killed one by one,” a judge of the court said. "
        "The government said it would review its protection scheme, which assigns bodyguards to several hundred former fighters. "
        "Comunes, the party formed by the former guerrillas, said some of its members had left their reintegration areas out of fear.",
        "V",
        "targeted_killing",
    ),
    (
        "Russian drone hits Kherson court building, two staff wounded",
        "A Russian drone struck the building of the Kherson regional appeals court on Thursday morning, wounding two employees, the regional military administration said. "
        "The drone hit the upper floor as staff arrived for work, setting fire to an archive room, a court spokeswoman said. "
        "Kherson, where artillery fire killed a man in the Korabel district the same morning, has been shelled almost daily from the Russian-held left bank of the Dnipro since Ukrainian forces retook the city. "
        "Ukraine's Supreme Court said hearings in Kherson would be moved online and its judges asked to work from a shelter. "
        "Prosecutors said they had opened a criminal case under the article on violations of the laws and customs of war. "
        "Russia does not comment on individual strikes.",
        "E",
        "drone_strike",
    ),
    (
        "ICJ opinion on occupation comes as settlers torch homes in West Bank village",
        "The International Court of Justice said on Friday that Israel's occupation of the Palestinian territories is unlawful and should end as soon as possible, in an advisory opinion requested by the UN General Assembly. "
        "The court said settlement activity breached international law and that states should not aid or assist in maintaining it. "
        "Hours before the opinion was read in The Hague, settlers set fire to two homes and several cars in the village of Burin, south of Nablus, residents said. "
        "The Palestinian health ministry said a man was shot and wounded when soldiers arrived and fired tear gas. "
        "The UN humanitarian office says more than 1,200 Palestinians have been forced from their homes in the West Bank by settler violence and access restrictions since October. "
        "Prime Minister Benjamin Netanyahu said the Jewish people were not occupiers in their own land. "
        "The opinion is not binding, but lawyers say it will be cited in cases in national courts.",
        "V D",
        "settler_attack",
    ),
    (
        "Syria sets up inquiry into coastal killings as reports of executions continue",
        "Syria's interim president Ahmed al-Sharaa on Sunday announced an independent committee to investigate killings of civilians in the coastal regions, where security forces and allied fighters have been battling Assad loyalists since Thursday. "
        "The Syrian Observatory for Human Rights said more than 1,000 people had been killed, most of them Alawite civilians executed in their homes or in the streets. "
        "Residents of Baniyas said gunmen were still going from house to house on Sunday morning. "
        "Thousands of people have fled to the Russian air base at Hmeimim and into the mountains, according to local officials. "
        "“We will hold accountable, firmly and without leniency, anyone involved in the bloodshed of civilians,” al-Sharaa said. "
        "The committee has 30 days to report. "
        "The UN human rights office said whole families had been killed and called for prompt and impartial investigations. "
        "The defence ministry said its forces had regained control of most of the areas attacked by the loyalists, who ambushed security patrols near Jableh on Thursday. "
        "It said it had set up checkpoints to prevent “unorganised” fighters from entering the coastal towns. "
        "Videos shared online, which Reuters could not immediately verify, showed men in military uniform shooting unarmed people. "
        "Some residents said they had hidden for two days in forests with little water. "
        "European governments said the violence threatened the country's fragile transition.",
        "V B D",
        "massacre",
    ),
    (
        "Nicaragua: rights commission says paramilitaries firing on protesters in Masaya",
        "Armed pro-government groups opened fire on demonstrators in the town of Masaya on Tuesday, killing at least three people, the Inter-American Commission on Human Rights said. "
        "The commission's experts, who have been in Nicaragua to investigate the deaths of scores of people since protests began in April, said hooded men in pick-up trucks were operating alongside the police. "
        "Residents of the Monimbó neighbourhood have put up barricades, and local priests said they had sheltered the wounded in churches. "
        "The Nicaraguan Association for Human Rights puts the death toll since April at more than 200. "
        "The commission said several detained students had been held without access to lawyers at El Chipote prison. "
        "President Daniel Ortega's government says it is facing an attempted coup backed by the opposition. "
        "Talks mediated by the Catholic bishops were suspended last week.",
        "U V",
        "crackdown",
    ),
    (
        "Witness in Ituri militia trial shot dead days before testifying",
        "A witness due to testify against a militia leader before a military court in Bunia was shot dead at his home on Saturday night, the UN mission in the Democratic Republic of Congo said. "
        "The man, a farmer from the Djugu territory, had survived an attack on a camp for displaced people in which dozens were killed last year. "
        "Gunmen entered his house in the Lembabo neighbourhood and fired at him in front of his children, a relative said. "
        "“This is a message to every other witness,” said a lawyer for the victims. "
        "CODECO militias have attacked several camps and villages in Djugu this month, and the army says it is pursuing them. "
        "The trial, in which 12 men are accused of crimes against humanity, was adjourned on Monday. "
        "MONUSCO said it had moved other witnesses to safe locations.",
        "V",
        "witness_attack",
    ),
]
