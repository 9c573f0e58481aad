"""Items of eval/dev68 (written blind; see README.md).

Political prisoners freed (Nicaragua, Bahrain, Cuba, Egypt, Myanmar), swaps (Venezuela,
Russia and the West, Iran, Armenia and Azerbaijan), deportations (US, Pakistan, Turkey),
executions (Saudi Arabia, Iran), Haiti's kidnappings and prison break, Houthi detentions,
Xinjiang, North Korea.
"""

from figset import F

F(
    "Nicaragua frees 222 political prisoners and flies them to Washington",
    "Nicaragua freed [[222 political prisoners|arrested;a=the State Department]] on"
    " Thursday and put them on a flight to Washington, the State Department said, after a"
    " judge ruled they had forfeited their citizenship. Bishop Rolando Alvarez refused to"
    " board and was sentenced the next day to {{26 years}} in prison. Rights groups say"
    " [[more than 30 opponents|arrested;a=Rights groups]] remain jailed.",
)

F(
    "Venezuela frees Americans in exchange for Maduro ally",
    "Venezuela released [[10 Americans|other;a=the White House]],"
    " [[six of them|other;n=-;a=the White House]] deemed wrongfully detained, in exchange"
    " for Alex Saab, a close ally of President Nicolas Maduro, the White House said on"
    " Wednesday. Caracas also freed [[20 Venezuelan political prisoners|other]] under the"
    " deal.",
)

F(
    "Russia and West complete biggest prisoner swap since Cold War",
    "[[Twenty-six people|other;a=Turkey's intelligence agency]] were exchanged at Ankara"
    " airport on Thursday in the largest prisoner swap between Russia and the West since"
    " the Cold War, Turkey's intelligence agency said. Russia and Belarus freed"
    " [[16 people|other]], among them US journalist Evan Gershkovich, while [[10|other]]"
    " were flown to Moscow, [[two of them|other;n=-]] children.",
)

F(
    "US sends 238 Venezuelans to El Salvador's mega-prison",
    "The United States deported [[238 Venezuelans|returned;a=President Nayib Bukele]] it"
    " accused of belonging to the Tren de Aragua gang to El Salvador, where they were"
    " locked up in the CECOT prison, President Nayib Bukele said on Sunday, along with"
    " [[23 members|returned;a=President Nayib Bukele]] of the {{MS-13}} gang. The prison,"
    " opened in {{2023}}, is built to hold [[40,000 inmates|capacity]]. Washington is"
    " paying El Salvador {{$6 million}} a year to hold the deportees.",
)

F(
    "Venezuelans held in Salvadoran prison flown home in swap for Americans",
    "El Salvador sent [[252 Venezuelans|other;a=US Secretary of State Marco Rubio]] held in"
    " its CECOT prison home to Caracas on Friday in exchange for"
    " [[10 Americans|other;a=US Secretary of State Marco Rubio]] held in Venezuela, US"
    " Secretary of State Marco Rubio said. Venezuela also freed"
    " [[80 political prisoners|other;a=US Secretary of State Marco Rubio]] as part of the"
    " deal, he said.",
)

F(
    "Saudi Arabia executed record number of people in 2024, AFP tally shows",
    "AFP counted [[at least 345 executions|killed;a=AFP]] in Saudi Arabia in {{2024}}, the"
    " highest annual total since it began keeping records in {{1990}}."
    " [[More than 100|killed]] of those put to death were foreigners. Reprieve, a rights"
    " group, said [[117|killed;a=Reprieve]] had been convicted of drug offences.",
)

F(
    "Iran executing more than 30 people a week, UN experts warn",
    "UN experts said Iran had executed [[at least 841 people|killed;a=UN experts]] in the"
    " {{first eight months}} of the year, [[more than 30 a week|killed;a=UN experts]] on"
    " average, and that [[at least 11 political prisoners|other;a=UN experts]] were on"
    " death row.",
)

F(
    "Haiti kidnappings top 1,400 in a year, UN says",
    "The UN Integrated Office in Haiti said gangs had kidnapped"
    " [[more than 1,400 people|kidnapped;a=The UN Integrated Office in Haiti]] in {{2024}},"
    " {{about half}} of them in the Artibonite and the West department. Gangs such as {{400"
    " Mawozo}}, which abducted [[17 members|kidnapped]] of a US-based missionary group in"
    " {{2021}}, demand ransoms of up to {{$1 million}}.",
)

F(
    "Gangs free thousands of inmates from Haiti's main prison",
    "Armed gangs stormed Haiti's National Penitentiary in Port-au-Prince overnight, and"
    " [[more than 3,600 inmates|other;a=officials]] escaped, officials said, leaving"
    " [[fewer than 100|arrested;a=officials]] inside. Aid workers saw"
    " [[at least 12 bodies|killed]] at the prison on Sunday. The government declared a"
    " {{72-hour}} state of emergency.",
)

F(
    "Egypt frees hundreds of pretrial detainees ahead of national dialogue",
    "Tarek al-Awady, a member of Egypt's presidential pardon committee, said"
    " [[about 1,500 people|arrested;a=Tarek al-Awady]] held in pretrial detention had been"
    " freed since April. Rights groups say"
    " [[tens of thousands of political detainees|arrested;a=Rights groups]] remain behind"
    " bars, some held well beyond the {{two-year}} limit on pretrial detention set by"
    " {{Article 143}} of the criminal procedure code.",
)

F(
    "Pakistan deports thousands of Afghans a day as deadline passes",
    "[[More than 800,000 Afghans|returned;a=UNHCR]] have returned or been deported from"
    " Pakistan since authorities launched a crackdown on undocumented foreigners in"
    " {{October 2023}}, UNHCR said. Border officials said"
    " [[2,000-3,000 people a day|returned;a=Border officials]] were crossing at Torkham,"
    " and police said [[more than 5,000 Afghans|arrested;a=police]] were being held in"
    " holding centres.",
)

F(
    "US immigration detention reaches record 60,000",
    "TRAC, a research group at Syracuse University, said"
    " [[a record 60,000 people|arrested;a=TRAC]] were held in immigration detention in"
    " June, {{about 70%}} of them with no criminal conviction. The Department of Homeland"
    " Security said it was deporting"
    " [[about 1,500 people a day|returned;a=The Department of Homeland Security]] on"
    " [[up to 10 flights a day|returned;a=The Department of Homeland Security]].",
)

F(
    "Houthis detain more UN staff, bringing total to 59",
    "Houthi rebels have detained"
    " [[another eight UN staff members|arrested;a=UN Secretary-General Antonio Guterres]]"
    " in northern Yemen, bringing the number of UN personnel they hold to"
    " [[59|arrested;a=UN Secretary-General Antonio Guterres]], UN Secretary-General Antonio"
    " Guterres said on Saturday. The group also holds [[dozens of staff|arrested;a=the UN]]"
    " from aid groups, civil society and embassies, the UN said.",
)

F(
    "Researchers identify hundreds of suspected detention sites in Xinjiang",
    "The Australian Strategic Policy Institute said it had identified"
    " [[more than 380 suspected detention facilities|capacity;a=The Australian Strategic"
    " Policy Institute]] in Xinjiang,"
    " [[at least 61|capacity;a=The Australian Strategic Policy Institute]] of which had"
    " been expanded since {{2019}}. UN experts have said"
    " [[up to 1 million Uyghurs|arrested;a=UN experts]] and other Muslims may have been"
    " held in the region.",
)

F(
    "UN inquiry says North Korea holds up to 120,000 political prisoners",
    "North Korea holds"
    " [[between 80,000 and 120,000 political prisoners|arrested;a=a UN commission of"
    " inquiry]] in [[four large camps|capacity;a=a UN commission of inquiry]], a UN"
    " commission of inquiry said in a report on Monday. The commission said the number had"
    " fallen over the decades as prisoners died from starvation, forced labour, executions"
    " and disease.",
)

F(
    "Bahrain pardons 1,584 prisoners in largest amnesty in years",
    "Bahrain's King Hamad pardoned [[1,584 prisoners|arrested;a=the state news agency BNA]]"
    " to mark the Eid holiday and his {{25th}} year on the throne, the state news agency"
    " BNA said. The Bahrain Institute for Rights and Democracy said"
    " [[at least 630|arrested;a=The Bahrain Institute for Rights and Democracy]] of those"
    " freed were political prisoners.",
)

F(
    "Cuba to free 553 prisoners after US removes it from terror list",
    "Cuba will release [[553 prisoners|arrested;p;a=Cuba's foreign ministry]] convicted of"
    " various crimes, Cuba's foreign ministry said on Tuesday, after the US announced it"
    " would take the island off its list of state sponsors of terrorism. Prisoners"
    " Defenders, a Madrid-based group, says Cuba holds"
    " [[more than 1,100 political prisoners|arrested;a=Prisoners Defenders]],"
    " [[about 550 of them|arrested;n=-;a=Prisoners Defenders]] jailed over the protests of"
    " {{July 11, 2021}}.",
)

F(
    "Azerbaijan and Armenia swap prisoners in confidence-building step",
    "Azerbaijan released [[32 Armenian servicemen|other;a=Baku and Yerevan]] and Armenia"
    " freed [[two Azerbaijani soldiers|other;a=Baku and Yerevan]] in a swap on Wednesday,"
    " Baku and Yerevan said in a joint statement. Armenia says Baku still holds"
    " [[23 Armenians|arrested;a=Armenia]], including former leaders of Nagorno-Karabakh.",
)

F(
    "Myanmar junta frees over 4,000 prisoners but few political detainees",
    "Myanmar's military government said it had pardoned"
    " [[more than 4,000 prisoners|arrested;a=Myanmar's military government]] to mark the"
    " {{76th}} anniversary of independence. Families waited for hours outside Yangon's"
    " Insein prison, but the AAPP, a monitoring group, said only"
    " [[about 100|arrested;a=the AAPP]] of those freed had been held for political reasons.",
)

F(
    "Haitian gang frees six nuns kidnapped in Port-au-Prince",
    "[[Six nuns|kidnapped;a=the archdiocese]] abducted along with"
    " [[two other people|kidnapped;a=the archdiocese]] from a bus in Port-au-Prince last"
    " week have been freed, the archdiocese said on Friday. A Haitian rights group said"
    " gangs had carried out [[at least 135 kidnappings|kidnapped;a=A Haitian rights group]]"
    " in the {{first quarter}} of the year.",
)

F(
    "Turkey deported hundreds of Syrian refugees, rights group says",
    "Human Rights Watch said Turkish authorities had arbitrarily detained and deported"
    " [[hundreds of Syrian refugees|returned;a=Human Rights Watch]] in recent months, many"
    " after being forced to sign 'voluntary return' forms. Turkey's interior ministry said"
    " [[more than 57,000 Syrians|returned;a=Turkey's interior ministry]] had gone back"
    " voluntarily this year.",
)

F(
    "Five Americans freed by Iran in swap as $6 billion unfrozen",
    "[[Five Americans|other;a=US officials]] held in Iran landed in Qatar on Monday after"
    " being freed in exchange for [[five Iranians|other;a=US officials]] charged or"
    " convicted in the United States, US officials said. The swap was tied to the transfer"
    " of {{$6 billion}} in Iranian oil revenue to banks in Qatar. Tehran said"
    " [[two of the Iranians|other;a=Tehran]] would stay in the US.",
)

F(
    "Saudi Arabia executes journalist held since 2018",
    "Saudi Arabia executed journalist Turki al-Jasser on Saturday on charges including"
    " terrorism and high treason, the interior ministry said, {{seven years}} after he was"
    " detained in a raid on his home in {{March 2018}}. Rights groups said he was the"
    " {{first}} journalist known to have been executed in the kingdom since the killing of"
    " Jamal Khashoggi in {{October 2018}}.",
)
