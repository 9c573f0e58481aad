"""dev281 negatives: crews assaulted, arson, hoaxes and gang explosions, and strikes and marches by
firefighters and paramedics.

NEGATIVES = [(title, text, kind code), ...]; kind codes as in eval/conflictset.
"""

NEGATIVES = [
    (
        "Paramedic stabbed while treating patient in Glasgow flat, man charged",
        "A paramedic was stabbed in the arm and shoulder while treating a patient at a flat in "
        "the Gorbals area of Glasgow on Sunday night, Police Scotland said, and a 29-year-old "
        "man has been charged with attempted murder. The paramedic and a colleague had been "
        "called to the address shortly after 11pm to reports of a man who had collapsed. Her "
        "colleague pressed the emergency button on his radio and police officers arrived "
        "within minutes. She was taken to the Queen Elizabeth University Hospital and is in a "
        "stable condition. The Scottish Ambulance Service said attacks on its staff had risen "
        'every year since 2019, with more than 300 recorded last year. "Our crews go into '
        "people's homes to help them, and they should never have to fear for their lives,\" "
        "its chief executive said. The man is due to appear at Glasgow Sheriff Court on "
        "Tuesday. Unions have called for body cameras to be issued to all frontline crews.",
        "crime",
    ),
    (
        "Volunteer firefighter charged with setting the fires his brigade fought",
        "A volunteer firefighter in rural Pennsylvania has been charged with setting eight fires "
        "over four months, several of which his own company was sent to put out, state police "
        "said on Wednesday. The 24-year-old was arrested after investigators matched his pickup "
        "truck to footage from a camera installed near an abandoned barn that burned in March. "
        "Most of the fires were in empty buildings and fields, and no one was hurt, though two "
        "firefighters from a neighbouring company were treated for heat exhaustion. The man "
        "told investigators he set the fires because he enjoyed the rush of responding to them, "
        "according to the criminal complaint. His fire company said it had suspended him and "
        "was cooperating with police. Experts say firefighter arson is rare but has been a "
        "recurring problem for volunteer departments. He faces charges of arson, risking "
        "catastrophe and criminal mischief, and is being held on $250,000 bail.",
        "crime",
    ),
    (
        "Man who drove off in ambulance in Manchester jailed for 18 months",
        "A man who stole an ambulance while its crew were treating a patient in a Manchester "
        "street and drove it for six miles through the city, hitting four parked cars, has been "
        "jailed for 18 months, Greater Manchester Police said. The 36-year-old took the vehicle "
        "in Moss Side in the early hours of New Year's Day with its blue lights still on, and "
        "abandoned it on a verge in Stretford. The North West Ambulance Service said the "
        "patient had to wait 40 minutes for a second ambulance, and that the stolen vehicle, "
        "which was carrying drugs and a defibrillator, was out of service for three weeks. The "
        "man admitted aggravated vehicle taking and dangerous driving at Minshull Street Crown "
        "Court. He told the court he had been drinking and could not remember why he did it. "
        "The judge said he had put lives at risk. He was also banned from driving for three "
        "years.",
        "crime",
    ),
    (
        "Hundreds of schools evacuated across Czech Republic after emailed bomb threats",
        "Police evacuated more than 200 schools across the Czech Republic on Monday after they "
        "received emailed bomb threats, the second wave in a month, the police presidium said. "
        "Officers with sniffer dogs searched buildings in Prague, Brno and Ostrava, and fire "
        "crews were on standby at several sites, but nothing was found. Pupils waited in sports "
        "halls and parks while the searches were carried out. Police said the emails appeared "
        "to have been sent from abroad through anonymous servers and were written in poor Czech. "
        "Similar threats have been sent to schools in Slovakia and Austria. The education "
        "minister said schools should follow the police's advice but not panic. \"Every threat "
        'must be checked, even if we think it is a hoax," a police spokeswoman said. Sending a '
        "false bomb threat carries a prison sentence of up to three years. Police said they "
        "were working with Europol to trace the sender.",
        "crime",
    ),
    (
        "Bomb squad called to second Uppsala blast in a week as gang feud goes on",
        "Sweden's national bomb squad was called to Uppsala for the second time in a week on "
        "Thursday after an explosion at the entrance of an apartment block in the Gottsunda "
        "district shattered windows and damaged a stairwell, police said. No one was hurt, but "
        "residents of 30 flats were moved out overnight while the building was checked. Police "
        "said the blast was linked to a conflict between two criminal networks, one of several "
        "that have driven a wave of shootings and bombings in Swedish cities. The rescue service "
        "put out a small fire caused by the explosion. Sweden recorded 149 detonations last "
        "year, according to police figures, more than any other country in Europe that reports "
        "them. The justice minister said the government would give police new powers to use "
        'secret surveillance. "People are afraid to go down to the laundry room," a resident '
        "said. No arrests have been made.",
        "crime",
    ),
    (
        "Firefighters in England vote for first national strike in 20 years",
        "Firefighters in England, Scotland and Wales have voted overwhelmingly for strike action "
        "over pay, the Fire Brigades Union said on Monday, opening the way for the first "
        "national walkout by the service in 20 years. Of those who took part in the ballot, "
        "88% backed strikes, on a turnout of 73%. The union rejected a 5% offer from employers "
        "as a real-terms cut, saying firefighters' pay had fallen by 12% since 2010. Its general "
        "secretary, Matt Wrack, said members had been pushed to the edge. Employers said they "
        "would make a final offer within ten days. Under the law, the union must give two weeks' "
        "notice of any walkout, and fire services would have to rely on reduced cover. The "
        "government said it would consider bringing in the army if strikes went ahead, as it "
        'did in 2002. "Nobody joins this job to go on strike," a watch manager in Leeds said. '
        "Talks resume on Thursday.",
        "protest",
    ),
    (
        "Ambulance workers walk out across England as unions say talks have failed",
        "Thousands of ambulance workers in England walked out on Wednesday in the biggest "
        "strike by the service in 30 years, with picket lines outside stations from Cornwall "
        "to the north-east. Paramedics, call handlers and technicians from the GMB, Unison and "
        "Unite unions took part, though they continued to answer life-threatening calls under "
        "agreements with each trust. The health secretary said the unions had made a choice "
        "that would put patients at risk, and people were urged to call 999 only in an "
        'emergency. Pickets held banners reading "Patients before profit" and "Clapped then '
        'scrapped" and drivers sounded their horns as they passed. Unions say staff are '
        "leaving for better-paid jobs and that patients are waiting hours in ambulances "
        'outside full emergency departments. "We are not doing this lightly," a paramedic of '
        "17 years said at a picket in Birmingham. Further strike dates were announced for "
        "January.",
        "protest",
    ),
    (
        "Belgian firefighters leave helmets on ministry steps in pension protest",
        "Several thousand firefighters from across Belgium marched through Brussels on Tuesday "
        "and left hundreds of helmets on the steps of the interior ministry to protest against "
        "planned changes to their pensions, the unions said. Fire engines sounded their horns "
        "as the march passed the Gare du Nord, and crews in uniform let off coloured smoke. "
        "Police estimated the crowd at 5,000. The government wants to raise the age at which "
        "firefighters can retire with a full pension, which unions say ignores the physical "
        'strain of the job and the cancers linked to smoke. "You cannot carry a person down a '
        "ladder at 67,\" a firefighter from Liege said. A delegation met the minister's chief "
        "of staff, and talks were set for next month. The march ended peacefully in the early "
        "afternoon. Some stations in Wallonia operated a minimum service during the protest, and "
        "the unions said further action would depend on next month's talks.",
        "protest",
    ),
    (
        "Argentina's volunteer firefighters march on Congress over funding cuts",
        "Volunteer firefighters from across Argentina marched to Congress in Buenos Aires on "
        "Wednesday in their uniforms and helmets, demanding that the government release money "
        "owed to their brigades, the national federation said. About 43,000 volunteers in more "
        "than 1,000 brigades cover most of the country's territory, and depend on a fund paid "
        "for by a levy on insurance policies. The federation said transfers had been frozen for "
        "months, forcing brigades to cancel training and delay repairs to fire engines. Some "
        "arrived on their fire trucks from provinces hundreds of kilometres away. The march was "
        "peaceful and lasted several hours, and a delegation handed a letter to the heads of "
        'the budget committee. "We fight fires for free, the least they can do is pay for the '
        'fuel," a brigade chief from Cordoba said. The government said the funds would be '
        "released after an audit.",
        "protest",
    ),
    (
        "NSW paramedics switch off ambulance meters in pay campaign",
        "Paramedics in New South Wales stopped billing patients and began chalking messages on "
        "ambulances on Monday as part of a campaign of industrial action over pay, the Health "
        "Services Union said. Crews will continue to respond to every call, but will not "
        "record billing details, which union officials said would cost the state millions of "
        "dollars in lost fees. The union says paramedics in the state are among the lowest "
        "paid in the country and that hundreds have left for Queensland and other states. Some "
        'ambulances carried slogans such as "Paid less than Queensland" and "We can\'t afford '
        'to stay". The health minister said the government had offered a rise and wanted to '
        "keep talking. A wave of resignations was planned for next month if no deal was "
        "reached, the union warned. Patients' groups said they supported the paramedics but "
        "worried about response times in regional areas.",
        "protest",
    ),
]
