"""dev323 negatives, part b: curriculum culture wars, money and pay, history lessons, the military on campus."""

NEGATIVES = [
    (
        """DeSantis signs law widening curbs on classroom books in Florida's 'war on woke'""",
        """Florida Governor Ron DeSantis signed a bill on Wednesday that lets parents object to any book in a school library and requires it to be removed within five days while a review takes place, the latest front in what he calls the state's war on woke ideology. Teachers' unions and free-speech groups said the law would empty shelves, noting that hundreds of titles had already been pulled in some districts, among them novels by Toni Morrison and a picture book about two male penguins raising a chick. The governor said at a signing ceremony in Jacksonville that the law protected children from pornography and that critics were spreading a hoax. PEN America said Florida accounted for more book removals than any other state last year. The Florida Education Association said it was considering a legal challenge. Opponents staged a read-in outside the state capitol. In Escambia County, where a teacher had challenged more than 100 titles on his own, the district has removed or restricted about 1,600 books pending review, according to a lawsuit filed by publishers and authors. Librarians said they were working overtime to catalogue objections and some had left the profession. "I became a librarian to put books in children's hands, not to pull them out," said a middle-school librarian in Clay County. The governor's office said most removals were the result of overzealous districts, not the law. Several of the challenged books, including a graphic novel memoir, are among the most borrowed in public libraries. The state Board of Education is due to adopt rules on the new process next month.""",
        "politics",
    ),
    (
        """Texas board approves Bible-infused reading lessons after heated debate""",
        """The Texas State Board of Education voted 8-7 on Friday to approve an optional elementary reading curriculum that includes stories from the Bible, after hours of testimony from parents, pastors and teachers. Supporters said the lessons taught children the cultural background needed to understand literature and art. Opponents, including some Christian and Jewish clergy, said the materials favoured one faith and would alienate pupils from other backgrounds. Districts that adopt the curriculum will receive an extra $60 per student in state funding, which critics described as a bribe for cash-strapped schools. "This is a battle for the soul of our classrooms," one board member said during the debate. The American Civil Liberties Union of Texas said it was reviewing the decision. The lessons will be available from the next school year.""",
        "politics",
    ),
    (
        """NCERT drops Mughal chapters from history textbooks, reigniting row""",
        """India's National Council of Educational Research and Training has removed chapters on the Mughal courts and passages on the 2002 Gujarat riots from school history and political science textbooks, setting off a new row over the curriculum. The council said the cuts were part of a rationalisation to reduce the burden on students after the pandemic. Opposition leaders accused the ruling Bharatiya Janata Party of rewriting history to suit its ideology, and several historians who had helped draft the original textbooks asked for their names to be removed. Education minister Dharmendra Pradhan said the criticism was politically motivated and that no content had been deleted to hide anything. The revised books will be used by millions of students in schools affiliated to the Central Board of Secondary Education. Kerala said it would publish supplementary textbooks restoring the dropped chapters.""",
        "politics",
    ),
    (
        """Harvard sues administration as funding freeze escalates campus showdown""",
        """Harvard University filed a lawsuit on Monday to block the Trump administration's freeze of more than $2.2 billion in federal research grants, escalating a confrontation that has become the centrepiece of the White House's campaign against elite universities. The administration had demanded changes to Harvard's hiring, admissions and governance, and an audit of departments it accused of antisemitism and ideological bias. Harvard's president, Alan Garber, said the demands went beyond any lawful authority and threatened the university's independence. Research laboratories working on tuberculosis and cancer have received stop-work orders, according to faculty. The administration said Harvard had failed to protect Jewish students during the protests over the war in Gaza. Several other universities, including Columbia, have agreed to some of the government's demands to restore funding. The case was filed in federal court in Boston.""",
        "politics",
    ),
    (
        """Australia's curriculum review sparks fresh history wars""",
        """A draft of Australia's revised national curriculum has reopened the so-called history wars, with the federal education minister rejecting proposed changes that he said would teach children to be ashamed of their country. The draft, published by the Australian Curriculum, Assessment and Reporting Authority, gives greater weight to Aboriginal and Torres Strait Islander perspectives and describes the arrival of the First Fleet as an invasion as well as a settlement. Minister Alan Tudge said the Anzac legend was treated as a contested idea and demanded a rewrite. Historians and teachers' groups accused him of political interference. Consultation on the draft closes at the end of July, and state education ministers must agree on a final version. The authority said it had received more than 5,000 submissions.""",
        "politics",
    ),
    (
        """Poland's parliament passes 'Lex Czarnek' tightening control of schools""",
        """Poland's lower house of parliament voted on Thursday to give regional school superintendents, appointed by the government, the power to dismiss headteachers and veto extracurricular activities run by outside organisations. Education minister Przemysław Czarnek, who has said children must be protected from what he calls LGBT ideology, argued that the changes would give parents more say. Opposition parties, teachers' unions and NGOs that run sex-education and anti-discrimination classes said the bill would turn schools into instruments of the ruling Law and Justice party. Several thousand people demonstrated outside the Sejm during the vote, carrying banners reading "free schools". The Senate, controlled by the opposition, is expected to reject the bill, but the lower house can override it. President Andrzej Duda has not said whether he will sign.""",
        "politics",
    ),
    (
        """Teachers in England to get 6.5% pay rise, ending dispute""",
        """Teachers in England will receive a 6.5% pay rise from September after the government accepted in full the recommendation of the independent School Teachers' Review Body, Prime Minister Rishi Sunak announced on Thursday. Starting salaries outside London will rise to £30,000. The four main education unions said they would recommend that members accept the offer and call off further strikes, ending a months-long dispute. Schools will have to fund part of the rise from existing budgets, with the government providing an extra £525m next year and £900m the year after. Headteachers warned that some schools would have to cut other spending. Education Secretary Gillian Keegan said the deal was a fair one that recognised teachers' hard work. Unions said they would continue to press for funding to be fully met by the Treasury.""",
        "economy",
    ),
    (
        """China's tutoring giants wage price war after crackdown shrinks market""",
        """China's surviving education companies are locked in a fierce price war for adult learners and vocational courses, two years after Beijing banned for-profit tutoring in core school subjects, analysts say. New Oriental and TAL Education, which once employed tens of thousands of tutors, have cut prices for language and exam-preparation classes by as much as 40%, and have moved into livestreamed sales of books and farm produce. The 2021 rules wiped more than $100bn off the sector's market value and forced the closure of thousands of tutoring centres. Some parents have turned to private tutors who work from flats, which authorities have tried to root out. "Everyone is fighting for the same shrinking pool of students," said an analyst at a Shanghai brokerage. Shares of New Oriental rose 3% in Hong Kong on Friday after better-than-expected quarterly results.""",
        "economy",
    ),
    (
        """Canada caps international student permits, hitting colleges' finances""",
        """Canada will cut the number of new study permits for international students by about 35% this year, Immigration Minister Marc Miller said on Monday, a move colleges warned would force programmes to close. The two-year cap will bring approvals down to around 360,000, with each province given an allocation based on population. Ottawa says a rapid rise in foreign students has fed a housing shortage and allowed low-quality private colleges to flourish. Ontario's colleges, which have relied on international tuition fees to offset a provincial funding freeze, said they could lose more than a billion dollars in revenue. Student groups from India, the biggest source of foreign students in Canada, said the cap would leave thousands of families who had already paid deposits uncertain. Universities said the minister had declared war on the sector's business model.""",
        "economy",
    ),
    (
        """UK universities fight for survival as deficits mount""",
        """More than 40% of English universities expect to run a deficit this year, the Office for Students said on Thursday, warning that some institutions were at material risk of closure without deep cuts. Universities have announced thousands of redundancies and are closing departments in modern languages, music and chemistry. Tuition fees for domestic students have been frozen at £9,250 for most of the past decade, eroded by inflation, while recruitment of international students has fallen since visa rules tightened. "The sector is in a battle for survival, and some will not make it," said the head of one university group. The University and College Union said staff were being made to pay for years of poor management and announced ballots for industrial action at several campuses. The Department for Education said it was working with the regulator to monitor the sector.""",
        "economy",
    ),
    (
        """Nigerian teachers' new minimum wage delayed in 20 states""",
        """Teachers in at least 20 of Nigeria's 36 states are still waiting for the new national minimum wage of 70,000 naira a month, months after President Bola Tinubu signed it into law, the Nigeria Union of Teachers said on Tuesday. The union said some state governments had implemented the rise only for civil servants in ministries and not for primary school teachers, whose salaries are paid through local government councils. Inflation of more than 30% has eroded pay across the public sector, and the union says many teachers have taken second jobs as farmers or okada riders. Governors argue that they cannot pay without a larger share of federal revenue. The union gave the states a 21-day ultimatum and threatened to withdraw its members from classrooms when the term begins. Private school fees have also risen sharply.""",
        "economy",
    ),
    (
        """German pupils hear a survivor's last lessons on the Holocaust""",
        """Eva Szepesi, who survived Auschwitz as a 12-year-old, spoke to about 300 pupils at a secondary school in Frankfurt on Monday, one of a dwindling number of witnesses still visiting German classrooms. She described arriving at the camp in 1944 and being told by a prisoner to say she was 16, a lie that saved her life. Germany's education ministers agreed this year to make visits to concentration camp memorials a regular part of the curriculum in more states, after surveys showed gaps in young people's knowledge of the Nazi era. Teachers said recorded interviews and holograms would have to take the place of survivors in the future. "When she speaks, nobody looks at their phone," said a 16-year-old in the audience. The school has named its library after her.""",
        "history",
    ),
    (
        """Peshawar school marks ten years since massacre""",
        """Students, parents and soldiers gathered at the Army Public School in Peshawar on Monday to mark ten years since the Pakistani Taliban attack in which 147 people, most of them children, were killed. Names of the victims were read out in the auditorium where many of them died, and a wreath was laid at a memorial in the courtyard. Parents, some of whom have campaigned for years for a full judicial inquiry, said they were still waiting for answers about security failures on the day. "My son would have been 25," said one mother, holding his photograph. Prime Minister Shehbaz Sharif said in a statement that the nation would never forget the martyrs. The school now has high walls, watchtowers and armed guards. Ceremonies were also held in schools across Khyber Pakhtunkhwa.""",
        "history",
    ),
    (
        """Vietnamese students and US veterans share war memories in Hanoi classroom""",
        """A group of American veterans of the Vietnam War visited a history class at Hanoi's Chu Van An high school on Friday, answering students' questions about their service and the decades since, as part of a programme marking 50 years since the war ended. The veterans, now in their seventies, shared the stage with a former North Vietnamese soldier who fought at Khe Sanh. Students asked about Agent Orange, the bombing of Hanoi and whether the men had regrets. "I came here first as an enemy, and now I come as a grandfather," said one veteran from Ohio. The history teacher said the textbook gives the war several chapters but that first-hand accounts brought it to life. The programme is supported by the US embassy and Vietnam's veterans' association.""",
        "history",
    ),
    (
        """Rwandan schools begin genocide remembrance with lessons and vigils""",
        """Schools across Rwanda held lessons, poetry readings and candlelit vigils on Friday as the country began a week of commemoration for the 1994 genocide against the Tutsi, in which around 800,000 people were killed in 100 days. Pupils at a secondary school in Nyamata visited the church memorial where thousands were killed and listened to survivors. The education ministry has made the history of the genocide part of the curriculum from primary school upwards, with teachers trained in how to discuss trauma in the classroom. Many teachers are themselves survivors, and some have perpetrators among their pupils' relatives. The national unity and civic engagement ministry runs clubs in schools where students discuss reconciliation. Exams for primary leavers include questions on the causes of the genocide. Young people now make up most of the population, and few have memories of the killings. "We learn it so that it never happens again," said a 15-year-old who read a poem she had written. President Paul Kagame lit a flame of remembrance at the Kigali Genocide Memorial on Sunday.""",
        "history",
    ),
    (
        """Japan approves textbooks that soften wartime forced-labour wording""",
        """Japan's education ministry approved new high school history textbooks on Tuesday after publishers changed wording on the mobilisation of Korean labourers during the Second World War, removing the phrase "forced labour" at the government's request. The ministry said the changes followed a cabinet decision that the term did not accurately describe all forms of wartime recruitment. South Korea's foreign ministry summoned a Japanese diplomat to protest, and said Tokyo was distorting history. Historians in both countries said the revisions would weaken classroom discussion of the colonial period. The screening process, held every year, has long been a source of friction with Seoul and Beijing. The approved books will be used in classrooms from April next year.""",
        "history",
    ),
    (
        """Polish schools add shooting practice to safety lessons""",
        """Secondary school pupils in Poland will learn the basics of handling firearms and fire at virtual shooting ranges under a revised curriculum for the subject Education for Safety, the defence and education ministries said on Wednesday. The government has promised to equip every school with electronic ranges by the end of the year, at a cost of about 200 million zloty. Lessons will be taught in cooperation with the army and the Territorial Defence Forces, which will send instructors to schools. Some teachers and parents' groups criticised the plan, saying first aid and evacuation drills would be more useful. Defence minister Mariusz Błaszczak said the lessons would strengthen resilience in a tense security environment. Poland plans to expand its army to 300,000 soldiers.""",
        "military",
    ),
    (
        """Chinese freshmen begin two weeks of military training""",
        """Several million first-year university students across China began compulsory military training this week, marching on sports fields under the late-summer sun in camouflage uniforms. The courses, which usually last two to three weeks, are run by officers from the People's Liberation Army and local garrison commands and include drill, the handling of dummy rifles and lectures on national defence. Universities say the training builds discipline and patriotism; some students post videos complaining of heatstroke and sunburn. This year, state media reported, several campuses added lessons on drones and emergency first aid. Under a revised national defence education law, schools must offer defence education at every level. The training ends with a parade in front of university leaders.""",
        "military",
    ),
    (
        """West Point graduates 1,000 cadets as Army chief addresses class""",
        """About 1,000 cadets graduated from the US Military Academy at West Point on Saturday and were commissioned as second lieutenants in the Army, in a ceremony at Michie Stadium attended by their families. The Army's chief of staff told the class that they were entering the service at a time of rising competition with China and Russia and rapid change in warfare, from drones to artificial intelligence. The class included the academy's largest number of graduates headed for cyber and aviation branches. Cadets threw their caps into the air after a flyover by Black Hawk helicopters. Several graduates will go on to Rhodes and Marshall scholarships before joining their units. The academy has faced criticism over a new curriculum review ordered by the Pentagon.""",
        "military",
    ),
]
